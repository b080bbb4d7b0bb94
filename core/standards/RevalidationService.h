#pragma once

#include "standards/HoursByMonth.h"
#include "standards/Profile.h"
#include "standards/RevalidationStatus.h"
#include "standards/StandardRegistry.h"
#include "util/Result.h"

#include <optional>

namespace cpd {

class Clock;
class Database;

// Reads what the rules need from a journal (the profile, the records, the entries' facts) and
// asks a standard for the status. The rules themselves are pure, in the Standard classes.
class RevalidationService
{
public:
    RevalidationService(Database& db, const StandardRegistry& standards);

    Result<RevalidationStatus> status(const QString& standardId, const QDate& asOf) const;
    Result<RevalidationStatus> status(const Profile& profile, const QString& standardId, const QDate& asOf) const;
    // CPD hours per month over range, for the chart.
    Result<QList<MonthHours>> hoursByMonth(const DateRange& range) const;
    Result<std::optional<Profile>> profile() const;

private:
    Database& m_db;
    const StandardRegistry& m_standards;
};

} // namespace cpd
