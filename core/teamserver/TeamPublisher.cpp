#include "teamserver/TeamPublisher.h"

#include "teamserver/TeamServerConnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace cpd {

namespace {

Status run(QSqlQuery& q, const QString& doing)
{
    if (!q.exec())
        return fail(TeamServerConnection::describe(q.lastError(), doing));
    return {};
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Status TeamPublisher::sendSummary(TeamServerConnection& server, const PublishQueue::Item& item)
{
    QJsonObject summary = item.payload;
    summary.remove(QStringLiteral("shared_entries")); // those go to shared_entries, entry by entry
    QSqlQuery q(server.db());
    q.prepare(QStringLiteral(
        "INSERT INTO cpd.summaries (summary_id, sequence, generated_at, summary) "
        "VALUES (?::uuid, ?, ?::timestamptz, ?::jsonb) "
        "ON CONFLICT (member_id) DO UPDATE SET summary_id = excluded.summary_id, sequence = "
        "excluded.sequence, "
        "generated_at = excluded.generated_at, summary = excluded.summary, published_at = now() "
        "WHERE cpd.summaries.sequence <= excluded.sequence"));
    q.addBindValue(item.key);
    q.addBindValue(summary.value(QStringLiteral("sequence")).toInteger());
    q.addBindValue(summary.value(QStringLiteral("generated_at")).toString());
    q.addBindValue(compact(summary));
    return run(q, QStringLiteral("publish the summary"));
}

Status TeamPublisher::sendEntry(TeamServerConnection& server, const PublishQueue::Item& item)
{
    const QJsonObject entry = item.payload.value(QStringLiteral("entry")).toObject();
    QStringList logins;
    for (const QJsonValue& v : item.payload.value(QStringLiteral("managers")).toArray())
        logins << v.toString();
    logins.removeDuplicates();
    QSqlQuery q(server.db());
    if (logins.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM cpd.shared_entries WHERE member_id = "
                                 "cpd.my_member_id() AND entry_id = ?::uuid"));
        q.addBindValue(item.key);
        return run(q, QStringLiteral("withdraw a shared entry"));
    }
    // Only managers of the member's own teams are visible here (and accepted by the policy).
    QHash<QString, QString> managerIds;
    q.prepare(QStringLiteral("SELECT m.login, m.id FROM cpd.members m WHERE cpd.manages_me(m.id)"));
    if (auto ok = run(q, QStringLiteral("find your managers")); !ok)
        return ok;
    while (q.next())
        managerIds.insert(q.value(0).toString(), q.value(1).toString());
    for (const QString& login : std::as_const(logins)) {
        if (!managerIds.contains(login))
            return fail(
                QStringLiteral(
                    "\"%1\" is not a manager of any of your teams on the server; share the entry "
                    "with one who is (publish again with --with LOGIN)")
                    .arg(login));
    }
    q.prepare(QStringLiteral(
        "INSERT INTO cpd.shared_entries (entry_id, title, entry) VALUES (?::uuid, ?, ?::jsonb) "
        "ON CONFLICT (member_id, entry_id) DO UPDATE SET title = excluded.title, "
        "entry = excluded.entry, published_at = now()"));
    q.addBindValue(item.key);
    q.addBindValue(entry.value(QStringLiteral("title")).toString());
    q.addBindValue(compact(entry));
    if (auto ok = run(q, QStringLiteral("publish a shared entry")); !ok)
        return ok;
    q.prepare(QStringLiteral("DELETE FROM cpd.entry_shares WHERE member_id = cpd.my_member_id() "
                             "AND entry_id = ?::uuid"));
    q.addBindValue(item.key);
    if (auto ok = run(q, QStringLiteral("update who an entry is shared with")); !ok)
        return ok;
    q.prepare(QStringLiteral(
        "INSERT INTO cpd.entry_shares (entry_id, manager_id) VALUES (?::uuid, ?::uuid)"));
    for (const QString& login : std::as_const(logins)) {
        q.addBindValue(item.key);
        q.addBindValue(managerIds.value(login));
        if (auto ok = run(q, QStringLiteral("share an entry with %1").arg(login)); !ok)
            return ok;
    }
    return {};
}

Result<TeamPublisher::Outcome> TeamPublisher::send(TeamServerConnection& server,
                                                   PublishQueue& queue)
{
    auto items = queue.pending();
    if (!items)
        return std::unexpected(items.error());
    Outcome outcome;
    if (items->isEmpty())
        return outcome;
    {
        QSqlQuery q(server.db());
        if (!q.exec(QStringLiteral("SELECT cpd.my_member_id() IS NOT NULL")) || !q.next())
            return fail(TeamServerConnection::describe(
                q.lastError(), QStringLiteral("check your membership on the team server")));
        if (!q.value(0).toBool())
            return fail(
                QStringLiteral(
                    "the login \"%1\" is not a member on the team server; ask its administrator to "
                    "add you (team server add-member)")
                    .arg(server.settings().user));
    }
    QList<qint64> sent;
    auto ok = server.transaction([&]() -> Status {
        for (const PublishQueue::Item& item : std::as_const(*items)) {
            Status one = item.kind == QLatin1String("summary") ? sendSummary(server, item)
                                                               : sendEntry(server, item);
            if (!one)
                return one;
            if (item.kind == QLatin1String("summary"))
                ++outcome.summaries;
            else if (item.payload.value(QStringLiteral("managers")).toArray().isEmpty())
                ++outcome.withdrawn;
            else
                ++outcome.entries;
            sent << item.seq;
        }
        return {};
    });
    if (!ok)
        return std::unexpected(ok.error());
    if (auto removed = queue.remove(sent); !removed)
        return std::unexpected(removed.error());
    return outcome;
}

} // namespace cpd
