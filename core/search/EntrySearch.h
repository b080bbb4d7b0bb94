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
    // The statement search() runs, with its values written in, so a benchmark can hand exactly
    // the same query to the sqlite3 shell.
    Result<QString> statementFor(const QString& userText, int limit = 50,
                                 const EntryFilter& filter = {}) const;

private:
    struct Statement
    {
        QString sql;
        QVariantList binds;
    };
    Result<Statement> statement(const QString& match, int limit, const EntryFilter& filter) const;

    Database& m_db;
};

} // namespace cpd
