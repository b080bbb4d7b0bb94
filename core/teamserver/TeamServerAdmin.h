#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace cpd {

// What an organisation's administrator does on the team server, connected as a superuser:
// organisations and teams, members (each with their own PostgreSQL login in cpd_member), and
// managers (in cpd_manager, flagged on the teams they manage). Names reach SQL only as bound
// values or through format('%I'/'%L') on the server.
class TeamServerAdmin
{
public:
    struct Member
    {
        QString login; // the PostgreSQL login role: lower-case letters, digits and _
        QString name;
        QString role;
        QString registration;
    };

    explicit TeamServerAdmin(QSqlDatabase db) : m_db(std::move(db)) {}

    static Status validateLogin(const QString& login);

    // Creates the organisation when missing, then the team when missing (idempotent).
    Status addTeam(const QString& organisation, const QString& team);
    // Creates the login role and the member; an existing member gets the new details and password.
    Status addMember(const Member& member, const QString& password);
    // Puts a member on a team (organisation may be empty when the team's name is unique).
    Status addToTeam(const QString& login, const QString& organisation, const QString& team,
                     bool manager);

private:
    Result<QString> teamId(const QString& organisation, const QString& team);
    Status exec(const QString& sql, const QVariantList& binds, const QString& doing);
    QSqlDatabase m_db;
};

} // namespace cpd
