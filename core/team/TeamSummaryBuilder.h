#pragma once

#include "team/TeamSummary.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;
class StandardRegistry;
class TopicCatalogue;

// Builds a member's TeamSummary from their journal: the profile's basics, the status of every
// standard that applies to them (ids as in `status --json`), hours by month and topic coverage
// over the evidence period, and the full JSON of only the entries they chose to share.
class TeamSummaryBuilder
{
public:
    struct Options
    {
        QString memberId;
        qint64 sequence = 1;
        QStringList sharedEntryIds; // entries to include in full; the rest are counts and hours
        QDate asOf;                 // invalid: today by the clock
    };

    TeamSummaryBuilder(Database& db, const StandardRegistry& standards, const TopicCatalogue& catalogue,
                       const Clock& clock);

    Result<TeamSummary> build(const Options& options) const;

private:
    Database& m_db;
    const StandardRegistry& m_standards;
    const TopicCatalogue& m_catalogue;
    const Clock& m_clock;
};

} // namespace cpd
