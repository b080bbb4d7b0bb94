#pragma once

// bench_team_dashboard's PostgreSQL half (team-server): a throwaway PostgreSQL started with
// tests/support/postgres-fixture.sh, the team schema, N members and their manager on one team,
// each member's summaries upserted (oldest first, so the latest wins as with bundles) and one
// entry in ten shared with the manager; then the manager's ServerSummarySource, over QPSQL as
// the manager's own login, row-level security and all.
#include "../support/PostgresFixtureState.h"
#include "team/TeamSummary.h"
#include "teamserver/ServerSummarySource.h"
#include "teamserver/TeamServerAdmin.h"
#include "teamserver/TeamServerConnection.h"
#include "teamserver/TeamServerSchema.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <memory>

namespace cpd::bench {

class PostgresTeamSource
{
public:
    ~PostgresTeamSource()
    {
        m_source.reset();
        if (!m_state.isEmpty())
            QProcess::execute(script(), {QStringLiteral("stop"), m_state});
    }

    // summaryFor(memberIndex, sequence) gives a member's summary; the member id is kept per index.
    Result<TeamSummarySource*>
    start(int members, int perMember,
          const std::function<TeamSummary(int member, int sequence)>& summaryFor)
    {
        m_state = m_dir.filePath(QStringLiteral("postgres.env"));
        if (QProcess::execute(script(), {QStringLiteral("start"), m_state}) != 0)
            return fail(QStringLiteral("could not start PostgreSQL with %1").arg(script()));
        const auto state = test::PostgresFixtureState::read(m_state);
        if (!state)
            return fail(QStringLiteral("no fixture state in %1").arg(m_state));
        const TeamServerSettings s = state->settings(QStringLiteral("postgres"), state->admin);
        auto admin = TeamServerConnection::open(s, state->adminPassword);
        if (!admin)
            return std::unexpected(admin.error());
        if (auto ok = TeamServerSchema::apply((*admin)->db()); !ok)
            return std::unexpected(ok.error());
        TeamServerAdmin dir((*admin)->db());
        const QString password = QStringLiteral("bench-password");
        if (auto ok = dir.addTeam(QStringLiteral("Bench PCN"), QStringLiteral("Everyone")); !ok)
            return std::unexpected(ok.error());
        if (auto ok = dir.addMember(
                {QStringLiteral("bench_manager"), QStringLiteral("Manager"), {}, {}}, password);
            !ok)
            return std::unexpected(ok.error());
        if (auto ok = dir.addToTeam(QStringLiteral("bench_manager"), {}, QStringLiteral("Everyone"),
                                    true);
            !ok)
            return std::unexpected(ok.error());
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q((*admin)->db());
        (*admin)->db().transaction();
        for (int m = 0; m < members; ++m) {
            const QString login = QStringLiteral("bench_member_%1").arg(m);
            if (auto ok =
                    dir.addMember({login, QStringLiteral("Member %1").arg(m), {}, {}}, password);
                !ok)
                return std::unexpected(ok.error());
            if (auto ok = dir.addToTeam(login, {}, QStringLiteral("Everyone"), false); !ok)
                return std::unexpected(ok.error());
            // As the administrator (a superuser, past row-level security), what each member's
            // team publish would have upserted.
            for (int k = 1; k <= perMember; ++k) {
                TeamSummary summary = summaryFor(m, k);
                QJsonObject json = summary.toJson();
                json.remove(QStringLiteral("shared_entries"));
                q.prepare(QStringLiteral(
                    "INSERT INTO cpd.summaries (member_id, summary_id, sequence, generated_at, "
                    "summary) "
                    "SELECT id, ?::uuid, ?, ?::timestamptz, ?::jsonb FROM cpd.members WHERE login "
                    "= ? "
                    "ON CONFLICT (member_id) DO UPDATE SET summary_id = excluded.summary_id, "
                    "sequence = excluded.sequence, "
                    "generated_at = excluded.generated_at, summary = excluded.summary "
                    "WHERE cpd.summaries.sequence <= excluded.sequence"));
                q.addBindValue(summary.memberId);
                q.addBindValue(summary.sequence);
                q.addBindValue(summary.generatedAt.toString(Qt::ISODateWithMs));
                q.addBindValue(
                    QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
                q.addBindValue(login);
                if (!q.exec())
                    return fail(q.lastError().text());
            }
            if (m % 10 == 0) {
                q.prepare(QStringLiteral(
                    "WITH e AS (INSERT INTO cpd.shared_entries (member_id, entry_id, title, entry) "
                    "SELECT id, gen_random_uuid(), 'Shared entry', '{\"title\": \"Shared entry\"}' "
                    "FROM cpd.members "
                    "WHERE login = ? RETURNING member_id, entry_id) "
                    "INSERT INTO cpd.entry_shares (member_id, entry_id, manager_id) "
                    "SELECT e.member_id, e.entry_id, m.id FROM e, cpd.members m WHERE m.login = "
                    "'bench_manager'"));
                q.addBindValue(login);
                if (!q.exec())
                    return fail(q.lastError().text());
            }
        }
        (*admin)->db().commit();
        QSqlQuery(((*admin)->db())).exec(QStringLiteral("ANALYZE"));
        std::printf("PostgreSQL: %d members x %d summaries upserted in %.1f ms\n", members,
                    perMember, double(timer.nsecsElapsed()) / 1e6);
        TeamServerSettings manager = s;
        manager.user = QStringLiteral("bench_manager");
        auto connection = TeamServerConnection::open(manager, password);
        if (!connection)
            return std::unexpected(connection.error());
        m_source = std::make_unique<ServerSummarySource>(std::move(*connection));
        return m_source.get();
    }

private:
    static QString script()
    {
        return QStringLiteral(CPD_SOURCE_DIR "/tests/support/postgres-fixture.sh");
    }

    QTemporaryDir m_dir;
    QString m_state;
    std::unique_ptr<ServerSummarySource> m_source;
};

} // namespace cpd::bench
