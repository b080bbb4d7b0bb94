#pragma once

// What `tests/support/postgres-fixture.sh start STATE` wrote to STATE: the throwaway server's
// port and its administrator (PGPORT=…, PGADMIN=…, PGADMINPASS=…). For tests and benchmarks.
#include "teamserver/TeamServerSettings.h"

#include <QFile>

#include <optional>

namespace cpd::test {

struct PostgresFixtureState
{
    int port = 0;
    QString admin;
    QString adminPassword;

    static std::optional<PostgresFixtureState> read(const QString& stateFile)
    {
        QFile f(stateFile);
        if (stateFile.isEmpty() || !f.open(QIODevice::ReadOnly))
            return std::nullopt;
        PostgresFixtureState s;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QString value = QString::fromUtf8(line.mid(line.indexOf('=') + 1));
            if (line.startsWith("PGPORT="))
                s.port = value.toInt();
            else if (line.startsWith("PGADMIN="))
                s.admin = value;
            else if (line.startsWith("PGADMINPASS="))
                s.adminPassword = value;
        }
        return s;
    }

    // Plain TCP on 127.0.0.1 (the fixture's server has no TLS).
    TeamServerSettings settings(const QString& database, const QString& user) const
    {
        TeamServerSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.database = database;
        s.user = user;
        s.tlsMode = QStringLiteral("disable");
        return s;
    }
};

} // namespace cpd::test
