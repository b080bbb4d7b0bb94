#pragma once

#include "topics/TopicCatalogue.h"
#include "topics/TopicCoverageReport.h"
#include "util/Result.h"

namespace cpd {

class Database;

// Hours and entries per topic and per group over a period, worked out by SQLite (one pass over
// the entries, grouped by each entry's set of topics) rather than by loading entries.
class TopicCoverage
{
public:
    TopicCoverage(Database& db, const TopicCatalogue& catalogue);

    // from and to are inclusive; an invalid date leaves that end open. Trashed entries never count.
    Result<TopicCoverageReport> compute(QDate from = {}, QDate to = {}) const;

private:
    Database& m_db;
    const TopicCatalogue& m_catalogue;
};

} // namespace cpd
