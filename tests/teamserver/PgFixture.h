#pragma once

// The PostgreSQL started by the CTest fixture (tests/support/postgres-fixture.sh), and a fresh
// database on it for each test run.
#include "teamserver/TeamServerConnection.h"
#include "teamserver/TeamServerSettings.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace cpd::test {

struct PgServer
{
    int port = 0;
    QString admin;
    QString adminPassword;

    // The server the fixture wrote to $CPD_PG_STATE (PGPORT=…, PGADMIN=…, PGADMINPASS=…).
    static PgServer fromFixture()
    {
        const QString state = qEnvironmentVariable("CPD_PG_STATE");
        QFile f(state);
        if (state.isEmpty() || !f.open(QIODevice::ReadOnly))
            qFatal("no PostgreSQL fixture: run through ctest (CPD_PG_STATE=%s)", qPrintable(state));
        PgServer s;
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

    QString url(const QString& database, const QString& user) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable").arg(user).arg(port).arg(database);
    }

    // A new, empty database (the fixture's cluster is shared by the tests, run one at a time).
    QString createDatabase(const QString& prefix) const
    {
        const QString name = prefix + QLatin1Char('_')
            + QUuid::createUuid().toString(QUuid::Id128).left(10);
        auto admin = TeamServerConnection::open(settings(QStringLiteral("postgres"), this->admin), adminPassword);
        if (!admin)
            qFatal("cannot reach the fixture's PostgreSQL: %s", qPrintable(admin.error().message));
        QSqlQuery q((*admin)->db());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("CREATE DATABASE failed: %s", qPrintable(q.lastError().text()));
        return name;
    }

    // A short unique suffix for login names (logins are cluster-wide).
    static QString suffix() { return QUuid::createUuid().toString(QUuid::Id128).left(8); }
};

} // namespace cpd::test
