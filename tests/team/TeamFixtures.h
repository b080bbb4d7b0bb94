#pragma once
// Summaries and journals for the team tests.
#include "journal/EntryRepository.h"
#include "standards/ProfileRepository.h"
#include "storage/Database.h"
#include "team/TeamSummary.h"
#include "util/Clock.h"

#include <QUuid>

namespace cpd::test {

inline TeamSummary makeSummary(const QString& name, const QDate& applicationDate, bool met, qint64 sequence = 1,
                               const QString& memberId = QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    TeamSummary s;
    s.memberId = memberId;
    s.name = name;
    s.role = QStringLiteral("nurse");
    s.professions = {QStringLiteral("nurse")};
    s.registration = QStringLiteral("12A3456E");
    s.registrationBody = QStringLiteral("nmc");
    s.registrationExpiry = applicationDate.addDays(30);
    s.asOf = QDate(2026, 3, 14);
    s.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC).addSecs(sequence * 60);
    s.sequence = sequence;
    TeamSummary::StandardProgress sp;
    sp.id = QStringLiteral("nmc");
    sp.periodStart = applicationDate.addYears(-3);
    sp.periodEnd = applicationDate;
    sp.applicationDate = applicationDate;
    sp.requirements << TeamSummary::Requirement{QStringLiteral("cpd-hours"), QStringLiteral("CPD hours"),
                                                QStringLiteral("hours"), 35, met ? 36 : 20.5, met,
                                                met ? QString() : QStringLiteral("14.5 more hours")};
    sp.requirements << TeamSummary::Requirement{QStringLiteral("reflective-accounts"), QStringLiteral("Reflective accounts"),
                                                QStringLiteral("items"), 5, 5, true, {}};
    s.standards << sp;
    s.hoursByMonth << TeamSummary::Month{QDate(2026, 1, 1), 2, 1.5} << TeamSummary::Month{QDate(2026, 2, 1), 0, 3};
    s.topics << TeamSummary::TopicCount{QStringLiteral("alcohol"), 2, 3.5, {{QStringLiteral("individual"), 2}}};
    s.totalEntries = 4;
    s.totalHours = 6.5;
    return s;
}

} // namespace cpd::test
