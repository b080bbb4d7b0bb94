#pragma once

#include "standards/DateRange.h"
#include "standards/EntryFacts.h"
#include "util/Result.h"

#include <QList>

namespace cpd {

class Database;

// Loads the EntryFacts of the live (not trashed) entries that touch a range, reading only the
// columns the rules use and classifying reflective accounts inside SQLite.
class EvidenceQuery
{
public:
    static Result<QList<EntryFacts>> load(Database& db, const DateRange& range);
};

} // namespace cpd
