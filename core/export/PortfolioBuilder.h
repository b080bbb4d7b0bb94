#pragma once

#include "export/Portfolio.h"
#include "export/PortfolioOptions.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;
class StandardRegistry;

// Assembles a portfolio from the journal: the same entries, records and profile the revalidation
// dashboard counts, so nothing is typed twice.
class PortfolioBuilder
{
public:
    PortfolioBuilder(Database& db, const Clock& clock, const StandardRegistry& standards);

    Result<Portfolio> build(const PortfolioOptions& options) const;

    // The reflective accounts a person can choose from in a period (NMC template), newest first.
    Result<QList<Entry>> candidateAccounts(const DateRange& period) const;

private:
    // The same from the period's entries as EntryRepository::entries returns them.
    static QList<Entry> candidateAccounts(const QList<Entry>& inPeriod);
    Status addEvidence(Portfolio& p) const;

    Database& m_db;
    const Clock& m_clock;
    const StandardRegistry& m_standards;
};

} // namespace cpd
