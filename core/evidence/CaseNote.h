#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cpd {

// Learning from a patient's case, anonymised: an age band, never a date of birth; no names.
struct CaseNote
{
    QString id;
    QString summary;
    QString setting;  // e.g. general practice, community, ED
    QString ageBand;  // one of ageBands(), or empty
    QString learningPoints;
    QString outcome;
    QString followUp;
    QDateTime created;
    QDateTime updated;
    QStringList entryIds; // the reflections it prompted

    static QStringList ageBands();
    // The free text the identifier check reads.
    QStringList texts() const { return {summary, setting, learningPoints, outcome, followUp}; }

    QJsonObject toJson() const;
    // Refuses any date-of-birth field outright, and unknown fields (a case note keeps no extras
    // that could carry identifiers).
    static Result<CaseNote> fromJson(const QJsonObject& object);
    static Result<CaseNote> parseDocument(const QByteArray& json);
};

} // namespace cpd
