#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cpd {

// Where and how to reach an organisation's PostgreSQL: never the password, which lives only in
// the OS keychain under secretKey().
struct TeamServerSettings
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString tlsMode = QStringLiteral("prefer"); // disable, prefer, require or verify-full
    QString caFile;                             // required by verify-full
    int connectTimeoutSeconds = 5;

    static QStringList tlsModes();
    // Reads
    // postgresql://user@host[:port]/database[?sslmode=MODE&sslrootcert=FILE&connect_timeout=S]. A
    // password in the URL is refused: it would end up in shell history; use the keychain.
    static Result<TeamServerSettings> fromUrl(const QString& url);
    Status validate() const;

    // user@host:port/database, for messages and as the keychain key.
    QString displayName() const;
    QString secretKey() const { return QStringLiteral("team-server/") + displayName(); }
    // libpq connection options (QPSQL's setConnectOptions form).
    QString connectOptions() const;

    QJsonObject toJson() const;
};

} // namespace cpd
