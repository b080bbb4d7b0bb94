#include "search/EntrySearch.h"

#include "search/FtsQuery.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cpd {
namespace {

// Title matters most, then tags, then link titles, then the body of the reflection.
const QString kRank = QStringLiteral("bm25(entry_fts, 8.0, 1.0, 4.0, 2.0)");

} // namespace

EntrySearch::EntrySearch(Database& db) : m_db(db) {}

// Two stages: rank the matches and keep the best few, then make snippets for those alone.
// The limits are written into the statement (they are integers we computed): as bound
// parameters SQLite cannot plan with them, and the same search took three times as long.
// Making a snippet for every match before sorting was most of the cost on a large journal.
// Without filters the ranking reads the search index only; the few trashed entries it may
// keep are dropped afterwards, so it keeps `limit` plus however many entries are in the trash.
Result<EntrySearch::Statement> EntrySearch::statement(const QString& match, int limit,
                                                      const EntryFilter& filter) const
{
    Statement st;
    const bool plain = filter == EntryFilter{};
    QString top;
    if (plain) {
        auto trashed =
            Sql::scalar(m_db.connection(),
                        QStringLiteral("SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL"),
                        QCoreApplication::translate("EntrySearch", "search the journal"));
        if (!trashed)
            return std::unexpected(trashed.error());
        top = QStringLiteral("SELECT rowid, %1 FROM entry_fts WHERE entry_fts MATCH ? ORDER BY 2 LIMIT %2")
                  .arg(kRank)
                  .arg(limit + trashed->toInt());
        st.binds << match;
    } else {
        QVariantList filterBinds;
        const QString where = filter.whereClause(QStringLiteral("e"), filterBinds);
        top = QStringLiteral("SELECT entry_fts.rowid, %1 FROM entry_fts JOIN entries e ON e.seq = "
                             "entry_fts.rowid WHERE entry_fts MATCH ? AND %2 ORDER BY 2 LIMIT %3")
                  .arg(kRank, where)
                  .arg(limit);
        st.binds << match << filterBinds;
    }
    QVariantList outerBinds;
    const QString where = filter.whereClause(QStringLiteral("e"), outerBinds);
    st.sql = QStringLiteral(
                 "WITH top(seq, r) AS (%1) "
                 "SELECT e.id, e.title, e.date, e.activity, "
                 "snippet(entry_fts, -1, char(2), char(3), '…', 14), top.r "
                 "FROM top JOIN entries e ON e.seq = top.seq JOIN entry_fts ON entry_fts.rowid = top.seq "
                 "WHERE entry_fts MATCH ? AND %2 ORDER BY top.r LIMIT %3")
                 .arg(top, where)
                 .arg(limit);
    st.binds << match << outerBinds;
    return st;
}

Result<QList<SearchHit>> EntrySearch::search(const QString& userText, int limit,
                                             const EntryFilter& filter) const
{
    QList<SearchHit> hits;
    const QString match = FtsQuery::fromUserText(userText);
    if (match.isEmpty() || limit <= 0)
        return hits;
    auto st = statement(match, limit, filter);
    if (!st)
        return std::unexpected(st.error());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, st->sql); !ok)
        return std::unexpected(ok.error());
    for (int i = 0; i < st->binds.size(); ++i)
        q.bindValue(i, st->binds.at(i));
    if (auto ok = Sql::exec(q, QCoreApplication::translate("EntrySearch", "search the journal"));
        !ok)
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

Result<QString> EntrySearch::statementFor(const QString& userText, int limit,
                                          const EntryFilter& filter) const
{
    auto st = statement(FtsQuery::fromUserText(userText), limit, filter);
    if (!st)
        return std::unexpected(st.error());
    QString sql;
    qsizetype bind = 0;
    for (const QChar c : std::as_const(st->sql)) {
        if (c != QLatin1Char('?') || bind >= st->binds.size()) {
            sql += c;
            continue;
        }
        const QVariant& v = st->binds.at(bind++);
        if (v.typeId() == QMetaType::QString)
            sql += QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
        else
            sql += v.toString();
    }
    return sql;
}

} // namespace cpd
