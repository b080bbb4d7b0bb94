#pragma once

// The PostgreSQL started by the CTest fixture (tests/support/postgres-fixture.sh), and a fresh
// database on it for each test run.
#include "PostgresFixtureState.h"
#include "teamserver/TeamServerConnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace cpd::test {

struct PgServer : PostgresFixtureState
{
    // The server the fixture wrote to $CPD_PG_STATE.
    static PgServer fromFixture()
    {
        const QString state = qEnvironmentVariable("CPD_PG_STATE");
        const auto read = PostgresFixtureState::read(state);
        if (!read)
            qFatal("no PostgreSQL fixture: run through ctest (CPD_PG_STATE=%s)", qPrintable(state));
        return PgServer{*read};
    }

    QString url(const QString& database, const QString& user) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
            .arg(user)
            .arg(port)
            .arg(database);
    }

    // A new, empty database (the fixture's cluster is shared by the tests, run one at a time).
    QString createDatabase(const QString& prefix) const
    {
        const QString name =
            prefix + QLatin1Char('_') + QUuid::createUuid().toString(QUuid::Id128).left(10);
        auto admin = TeamServerConnection::open(settings(QStringLiteral("postgres"), this->admin),
                                                adminPassword);
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
