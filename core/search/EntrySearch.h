#pragma once

#include "journal/EntryFilter.h"
#include "search/SearchHit.h"
#include "util/Result.h"

#include <QList>

namespace cpd {

class Database;

// Full-text search over titles, reflections, tags and link titles, best match first (bm25).
class EntrySearch
{
public:
    explicit EntrySearch(Database& db);

    Result<QList<SearchHit>> search(const QString& userText, int limit = 50,
                                    const EntryFilter& filter = {}) const;

private:
    Database& m_db;
};

} // namespace cpd
