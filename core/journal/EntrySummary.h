#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cpd {

// What a row of the journal list shows: enough to recognise an entry, not its reflection.
struct EntrySummary
{
    QString id;
    QString title;
    QDate date;
    QString activity;
    double hours = 0;
    double participatoryHours = 0;
    QStringList topics;
    QString status;
    QDateTime updated;
    QDateTime deletedAt;
};

} // namespace cpd
