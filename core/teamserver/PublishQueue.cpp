#include "teamserver/PublishQueue.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cpd {

Status PublishQueue::enqueue(const QString& kind, const QString& key, const QJsonObject& payload)
{
    // REPLACE drops a queued change to the same item, so the newer one also moves to the back.
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(
            q, QStringLiteral(
                   "INSERT OR REPLACE INTO team_publish_queue (kind, item_key, payload, queued) "
                   "VALUES (?, ?, ?, ?)"));
        !ok)
        return ok;
    q.addBindValue(kind);
    q.addBindValue(key);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    return Sql::exec(q, QStringLiteral("queue the change for the team server"));
}

Status PublishQueue::enqueueSummary(const QString& memberId, const QJsonObject& summary)
{
    return enqueue(QStringLiteral("summary"), memberId, summary);
}

Status PublishQueue::enqueueEntry(const QString& entryId, const QJsonObject& entry,
                                  const QStringList& managerLogins)
{
    return enqueue(QStringLiteral("entry"), entryId,
                   {{QStringLiteral("entry"), entry},
                    {QStringLiteral("managers"), QJsonArray::fromStringList(managerLogins)}});
}

Result<QList<PublishQueue::Item>> PublishQueue::pending() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(
            q, QStringLiteral("SELECT seq, kind, item_key, payload, queued, attempts, last_error "
                              "FROM team_publish_queue ORDER BY seq"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = Sql::exec(q, QStringLiteral("read the publish queue")); !ok)
        return std::unexpected(ok.error());
    QList<Item> items;
    while (q.next()) {
        Item item;
        item.seq = q.value(0).toLongLong();
        item.kind = q.value(1).toString();
        item.key = q.value(2).toString();
        item.payload = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        item.queued = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
        item.attempts = q.value(5).toInt();
        item.lastError = q.value(6).toString();
        items.append(item);
    }
    return items;
}

Result<int> PublishQueue::size() const
{
    auto n =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM team_publish_queue"),
                    QStringLiteral("count the publish queue"));
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

Status PublishQueue::remove(const QList<qint64>& seqs)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok =
                Sql::prepare(q, QStringLiteral("DELETE FROM team_publish_queue WHERE seq = ?"));
            !ok)
            return ok;
        for (qint64 seq : seqs) {
            q.addBindValue(seq);
            if (auto ok =
                    Sql::exec(q, QStringLiteral("clear the published changes from the queue"));
                !ok)
                return ok;
        }
        return {};
    });
}

Status PublishQueue::noteFailure(const QString& error)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(
            q, QStringLiteral(
                   "UPDATE team_publish_queue SET attempts = attempts + 1, last_error = ?"));
        !ok)
        return ok;
    q.addBindValue(error);
    return Sql::exec(q, QStringLiteral("note the failed attempt in the publish queue"));
}

} // namespace cpd
