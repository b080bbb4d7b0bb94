#include "teamserver/TeamServerAdmin.h"

#include "teamserver/TeamServerConnection.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cpd {

Status TeamServerAdmin::validateLogin(const QString& login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (!valid.match(login).hasMatch())
        return fail(
            QStringLiteral(
                "a login is lower-case letters, digits and _ (at most 63, not starting with a "
                "digit), not \"%1\"")
                .arg(login));
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("cpd_")) ||
        login == QLatin1String("public") || login == QLatin1String("postgres"))
        return fail(QStringLiteral("the login \"%1\" is reserved; choose another").arg(login));
    return {};
}

Status TeamServerAdmin::exec(const QString& sql, const QVariantList& binds, const QString& doing)
{
    QSqlQuery q(m_db);
    // Statements without values run unprepared: QPSQL prepares with PREPARE, which takes no DDL.
    if (binds.isEmpty()) {
        if (!q.exec(sql))
            return fail(TeamServerConnection::describe(q.lastError(), doing));
        return {};
    }
    if (!q.prepare(sql))
        return fail(TeamServerConnection::describe(q.lastError(), doing));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return fail(TeamServerConnection::describe(q.lastError(), doing));
    return {};
}

Status TeamServerAdmin::addTeam(const QString& organisation, const QString& team)
{
    if (organisation.trimmed().isEmpty() || team.trimmed().isEmpty())
        return fail(
            QStringLiteral("say the organisation and the team: --organisation NAME --team NAME"));
    if (auto ok = exec(
            QStringLiteral(
                "INSERT INTO cpd.organisations (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
            {organisation}, QStringLiteral("add the organisation"));
        !ok)
        return ok;
    return exec(QStringLiteral("INSERT INTO cpd.teams (organisation_id, name) "
                               "SELECT id, ? FROM cpd.organisations WHERE name = ? "
                               "ON CONFLICT (organisation_id, name) DO NOTHING"),
                {team, organisation}, QStringLiteral("add the team"));
}

Status TeamServerAdmin::addMember(const Member& member, const QString& password)
{
    if (auto ok = validateLogin(member.login); !ok)
        return ok;
    if (member.name.trimmed().isEmpty())
        return fail(QStringLiteral("say the member's name: --name NAME"));
    if (password.size() < 8)
        return fail(QStringLiteral("the member's password must be at least 8 characters"));
    // The statement is built on the server (format %I/%L): no name or password is spliced here.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?) "
                             "THEN format('ALTER ROLE %I LOGIN PASSWORD %L', ?::text, ?::text) "
                             "ELSE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE cpd_member', "
                             "?::text, ?::text) END"));
    for (const QVariant& v : {QVariant(member.login), QVariant(member.login), QVariant(password),
                              QVariant(member.login), QVariant(password)})
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return fail(TeamServerConnection::describe(q.lastError(),
                                                   QStringLiteral("prepare the member's login")));
    const QString statement = q.value(0).toString();
    if (auto ok = exec(statement, {}, QStringLiteral("create the member's login")); !ok)
        return ok;
    // A login that existed before (not made here) joins cpd_member too.
    q.prepare(QStringLiteral("SELECT CASE WHEN pg_has_role(?, 'cpd_member', 'MEMBER') THEN '' "
                             "ELSE format('GRANT cpd_member TO %I', ?::text) END"));
    q.addBindValue(member.login);
    q.addBindValue(member.login);
    if (!q.exec() || !q.next())
        return fail(TeamServerConnection::describe(q.lastError(),
                                                   QStringLiteral("prepare the member's rights")));
    if (const QString grant = q.value(0).toString(); !grant.isEmpty()) {
        if (auto ok = exec(grant, {}, QStringLiteral("give the member their rights")); !ok)
            return ok;
    }
    auto text = [](const QString& s) {
        return s.isNull() ? QStringLiteral("") : s;
    }; // NOT NULL columns
    return exec(QStringLiteral(
                    "INSERT INTO cpd.members (login, name, role, registration) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (login) DO UPDATE SET name = excluded.name, role = excluded.role, "
                    "registration = excluded.registration"),
                {member.login, member.name, text(member.role), text(member.registration)},
                QStringLiteral("add the member"));
}

Result<QString> TeamServerAdmin::teamId(const QString& organisation, const QString& team)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT t.id FROM cpd.teams t JOIN cpd.organisations o ON o.id = t.organisation_id "
        "WHERE t.name = ? AND (? = '' OR o.name = ?)"));
    const QString org =
        organisation.isNull() ? QStringLiteral("") : organisation; // NULL would match nothing
    q.addBindValue(team);
    q.addBindValue(org);
    q.addBindValue(org);
    if (!q.exec())
        return fail(TeamServerConnection::describe(q.lastError(), QStringLiteral("find the team")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        return fail(
            QStringLiteral("there is no team \"%1\"%2; add it first with: team server add-team")
                .arg(team, organisation.isEmpty()
                               ? QString()
                               : QStringLiteral(" in \"%1\"").arg(organisation)));
    if (ids.size() > 1)
        return fail(
            QStringLiteral(
                "several organisations have a team \"%1\"; say which with --organisation NAME")
                .arg(team));
    return ids.first();
}

Status TeamServerAdmin::addToTeam(const QString& login, const QString& organisation,
                                  const QString& team, bool manager)
{
    if (auto ok = validateLogin(login); !ok)
        return ok;
    auto id = teamId(organisation, team);
    if (!id)
        return std::unexpected(id.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM cpd.members WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return fail(
            TeamServerConnection::describe(q.lastError(), QStringLiteral("find the member")));
    if (!q.next())
        return fail(
            QStringLiteral("there is no member \"%1\"; add them first with: team server add-member")
                .arg(login));
    const QString memberId = q.value(0).toString();
    if (manager) {
        q.prepare(QStringLiteral("SELECT format('GRANT cpd_manager TO %I', ?::text)"));
        q.addBindValue(login);
        if (!q.exec() || !q.next())
            return fail(TeamServerConnection::describe(
                q.lastError(), QStringLiteral("prepare the manager's rights")));
        if (auto ok =
                exec(q.value(0).toString(), {}, QStringLiteral("give the manager their rights"));
            !ok)
            return ok;
    }
    // A manager flag, once given, stays until an administrator removes it.
    return exec(QStringLiteral("INSERT INTO cpd.team_members (team_id, member_id, is_manager) "
                               "VALUES (?::uuid, ?::uuid, ?) "
                               "ON CONFLICT (team_id, member_id) DO UPDATE "
                               "SET is_manager = team_members.is_manager OR excluded.is_manager"),
                {*id, memberId, manager}, QStringLiteral("put the member on the team"));
}

} // namespace cpd
