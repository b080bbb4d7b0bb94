#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace cpd {

// Where an entry sorts in a list: the sort column as stored (its date, or in the trash the time it
// was trashed) and its sequence number, which breaks ties. A page can be read on from it.
struct EntryListKey
{
    QString value;
    qint64 seq = 0;
};

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
    EntryListKey key;
};

} // namespace cpd
