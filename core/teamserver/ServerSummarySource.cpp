#include "teamserver/ServerSummarySource.h"

#include "teamserver/TeamServerConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cpd {

ServerSummarySource::ServerSummarySource(std::unique_ptr<TeamServerConnection> server)
    : m_server(std::move(server))
{
}

ServerSummarySource::~ServerSummarySource() = default;

Result<std::unique_ptr<ServerSummarySource>>
ServerSummarySource::fromJournal(Database& journal, const Clock& clock, SecretStore& secrets)
{
    auto server = TeamServerConnection::openConfigured(journal, clock, secrets);
    if (!server)
        return std::unexpected(server.error());
    if (!*server)
        return std::unique_ptr<ServerSummarySource>();
    return std::make_unique<ServerSummarySource>(std::move(*server));
}

QString ServerSummarySource::description() const
{
    return QCoreApplication::translate("ServerSummarySource", "team server %1")
        .arg(m_server->settings().displayName());
}

Result<QList<TeamSummary>> ServerSummarySource::latestSummaries()
{
    QSqlQuery q(m_server->db());
    q.setForwardOnly(true);
    // Shared entries first, grouped by their member, then the summaries they belong to.
    QHash<QString, QJsonArray> shared;
    if (!q.exec(QStringLiteral("SELECT member_id, entry FROM cpd.shared_entries ORDER BY "
                               "member_id, published_at, entry_id")))
        return fail(TeamServerConnection::describe(
            q.lastError(),
            QCoreApplication::translate("ServerSummarySource", "read the shared entries")));
    while (q.next())
        shared[q.value(0).toString()].append(
            QJsonDocument::fromJson(q.value(1).toByteArray()).object());
    if (!q.exec(QStringLiteral("SELECT member_id, summary FROM cpd.summaries ORDER BY member_id")))
        return fail(TeamServerConnection::describe(
            q.lastError(),
            QCoreApplication::translate("ServerSummarySource", "read the team's summaries")));
    QList<TeamSummary> out;
    while (q.next()) {
        const QJsonObject object = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
        auto summary = TeamSummary::fromJson(object);
        if (!summary)
            return fail(QCoreApplication::translate(
                            "ServerSummarySource",
                            "a summary on the team server (member %1) cannot be read: %2")
                            .arg(q.value(0).toString(), summary.error().message));
        summary->sharedEntries = shared.value(q.value(0).toString());
        out.append(*summary);
    }
    return out;
}

} // namespace cpd
