#include "search/EntrySearch.h"

#include "search/FtsQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace cpd {

EntrySearch::EntrySearch(Database& db) : m_db(db) {}

Result<QList<SearchHit>> EntrySearch::search(const QString& userText, int limit,
                                             const EntryFilter& filter) const
{
    QList<SearchHit> hits;
    const QString match = FtsQuery::fromUserText(userText);
    if (match.isEmpty() || limit <= 0)
        return hits;
    QVariantList binds{match};
    const QString where = filter.whereClause(QStringLiteral("e"), binds);
    // Title matters most, then tags, then link titles, then the body of the reflection.
    const QString sql = QStringLiteral(
        "SELECT e.id, e.title, e.date, e.activity, "
        "snippet(entry_fts, -1, char(2), char(3), '…', 14), bm25(entry_fts, 8.0, 1.0, 4.0, 2.0) AS r "
        "FROM entry_fts JOIN entries e ON e.seq = entry_fts.rowid "
        "WHERE entry_fts MATCH ? AND %1 ORDER BY r LIMIT ?")
                            .arg(where);
    binds << limit;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (auto ok = Sql::exec(q, QStringLiteral("search the journal")); !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        SearchHit h;
        h.id = q.value(0).toString();
        h.title = q.value(1).toString();
        h.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        h.activity = q.value(3).toString();
        h.snippet = q.value(4).toString();
        h.rank = q.value(5).toDouble();
        hits.append(h);
    }
    return hits;
}

} // namespace cpd
