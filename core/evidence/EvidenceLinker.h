#pragma once

#include "journal/Entry.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// Links a guideline, case note or social find to an entry: a row in the join table, and a
// link in the entry itself so that the evidence's title feeds the entry's search.
class EvidenceLinker
{
public:
    EvidenceLinker(Database& db, const Clock& clock);

    Status linkGuideline(const QString& entryId, const QString& guidelineId);
    Status linkCase(const QString& entryId, const QString& caseId);
    Status linkFind(const QString& entryId, const QString& findId);

private:
    Status link(const QString& entryId, const Link& link, const QString& joinSql, const QString& evidenceId);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
