#include "journal/DraftStore.h"

#include "journal/EntryJson.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cpd {

DraftStore::DraftStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Status DraftStore::save(const QString& key, const QString& entryId, const Entry& entry)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO drafts (key, entry_id, json, saved) VALUES (?,?,?,?) "
                             "ON CONFLICT(key) DO UPDATE SET entry_id = excluded.entry_id, "
                             "json = excluded.json, saved = excluded.saved"));
    q.addBindValue(key);
    q.addBindValue(entryId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(EntryJson::toJson(entry)).toJson(QJsonDocument::Compact)));
    q.addBindValue(EntryJson::timestampToString(m_clock.now()));
    return Sql::exec(q, QCoreApplication::translate("DraftStore", "autosave the draft"));
}

Status DraftStore::remove(const QString& key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE key = ?"));
    q.addBindValue(key);
    return Sql::exec(q, QCoreApplication::translate("DraftStore", "remove the draft"));
}

Result<QList<DraftStore::Draft>> DraftStore::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, entry_id, json, saved FROM drafts ORDER BY saved DESC")))
        return fail(Sql::describe(
            q.lastError(), QCoreApplication::translate("DraftStore", "read the autosaved drafts")));
    QList<Draft> out;
    while (q.next()) {
        auto entry = EntryJson::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                                         EntryJson::Check::TypesOnly);
        if (!entry)
            continue; // a draft this version cannot read is not worth blocking start-up for
        out.append({q.value(0).toString(), q.value(1).toString(), *entry,
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODate)});
    }
    return out;
}

} // namespace cpd
