#include "teamserver/TeamServerSchema.h"

#include "teamserver/PgScript.h"
#include "teamserver/TeamServerConnection.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace cpd {

QList<TeamServerSchema::Step> TeamServerSchema::steps()
{
    static const QList<Step> cached = [] {
        QList<Step> out;
        const QDir dir(QStringLiteral(":/sql/team"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("team server schema %s is missing from the resources", qPrintable(name));
            out.append({name.section(QLatin1Char('_'), 0, 0).toInt(), name,
                        QString::fromUtf8(f.readAll())});
        }
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).version != i + 1)
                qFatal("team server schema files must be numbered 1, 2, 3… without gaps: %s",
                       qPrintable(out.at(i).name));
        }
        return out;
    }();
    return cached;
}

int TeamServerSchema::latestVersion()
{
    return int(steps().size());
}

Result<int> TeamServerSchema::currentVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('cpd.schema_version') IS NOT NULL")) ||
        !q.next())
        return fail(TeamServerConnection::describe(
            q.lastError(), QStringLiteral("read the team schema's version")));
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM cpd.schema_version")) ||
        !q.next())
        return fail(TeamServerConnection::describe(
            q.lastError(), QStringLiteral("read the team schema's version")));
    return q.value(0).toInt();
}

Result<QList<int>> TeamServerSchema::apply(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) ||
        !q.next())
        return fail(TeamServerConnection::describe(q.lastError(),
                                                   QStringLiteral("check the login's rights")));
    if (!q.value(0).toBool())
        return fail(QStringLiteral(
            "init needs a superuser login (it creates roles and row-level security); "
            "use the server's administrator in --url"));
    // One init at a time: a second one waits, then finds the schema current.
    if (!q.exec(QStringLiteral("SELECT pg_advisory_lock(4350751)")))
        return fail(
            TeamServerConnection::describe(q.lastError(), QStringLiteral("lock the team schema")));
    auto unlock = qScopeGuard(
        [&] { QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(4350751)")); });
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(QStringLiteral(
                        "the team server's schema (version %1) is newer than this app knows (%2); "
                        "update CPD Journal")
                        .arg(*current)
                        .arg(latestVersion()));
    QList<int> applied;
    QSqlDatabase conn = db;
    for (const Step& step : steps()) {
        if (step.version <= *current)
            continue;
        if (!conn.transaction())
            return fail(TeamServerConnection::describe(conn.lastError(),
                                                       QStringLiteral("start the schema upgrade")));
        QString error;
        const QStringList statements = PgScript::split(step.sql);
        for (const QString& statement : statements) {
            if (!q.exec(statement)) {
                error = TeamServerConnection::describe(
                    q.lastError(), QStringLiteral("create the team schema (%1)").arg(step.name));
                break;
            }
        }
        if (error.isEmpty()) {
            q.prepare(
                QStringLiteral("INSERT INTO cpd.schema_version (version, name) VALUES (?, ?)"));
            q.addBindValue(step.version);
            q.addBindValue(step.name);
            if (!q.exec())
                error = TeamServerConnection::describe(
                    q.lastError(), QStringLiteral("record the team schema's version"));
        }
        if (error.isEmpty() && !conn.commit())
            error = TeamServerConnection::describe(conn.lastError(),
                                                   QStringLiteral("save the team schema"));
        if (!error.isEmpty()) {
            conn.rollback();
            return fail(error);
        }
        applied << step.version;
    }
    return applied;
}

} // namespace cpd
