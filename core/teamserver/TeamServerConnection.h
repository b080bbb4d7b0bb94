#pragma once

#include "teamserver/TeamServerSettings.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace cpd {

class Clock;
class Database;
class SecretStore;

// One QPSQL connection to the team server, closed and removed when destroyed. Failures to
// connect become one line a person can act on: the server is down, refused the login, did not
// answer in time, or the TLS settings do not fit.
class TeamServerConnection
{
public:
    static Result<std::unique_ptr<TeamServerConnection>> open(const TeamServerSettings& settings,
                                                              const QString& password);
    // The server this journal is set up for (TeamServerSettingsStore), with the password from
    // the keychain; nullptr when the journal has no team server set up.
    static Result<std::unique_ptr<TeamServerConnection>>
    openConfigured(Database& journal, const Clock& clock, SecretStore& secrets);
    ~TeamServerConnection();
    TeamServerConnection(const TeamServerConnection&) = delete;
    TeamServerConnection& operator=(const TeamServerConnection&) = delete;

    QSqlDatabase db() const;
    const TeamServerSettings& settings() const { return m_settings; }

    // Runs work in one transaction on the server: all of it, or none of it.
    Status transaction(const std::function<Status()>& work);

    // "Could not DOING: the server's reason", with libpq's multi-line text made one line.
    static QString describe(const QSqlError& error, const QString& doing);
    static QString describeConnectFailure(const TeamServerSettings& settings,
                                          const QSqlError& error);

private:
    TeamServerConnection(TeamServerSettings settings, QString name);
    TeamServerSettings m_settings;
    QString m_name;
};

} // namespace cpd
