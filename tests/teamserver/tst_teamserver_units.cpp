// The team server's pieces that need no server: the script splitter, the URL and TLS settings,
// the journal's settings and the offline publish queue (migration 011).
#include "TestJournal.h"
#include "storage/Sql.h"
#include "teamserver/PgScript.h"
#include "teamserver/PublishQueue.h"
#include "teamserver/TeamServerSchema.h"
#include "teamserver/TeamServerSettingsStore.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace cpd;

class TestTeamServerUnits : public QObject
{
    Q_OBJECT

private slots:
    void scriptKeepsDollarQuotedBodiesWhole()
    {
        const QStringList s = PgScript::split(QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE t (x text DEFAULT ';');\n"
            "DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$;\n"
            "/* block; comment */ SELECT 'it''s; fine', \"odd;name\";"));
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE t (x text DEFAULT ';')"));
        QCOMPARE(s.at(1), QStringLiteral("DO $$ BEGIN PERFORM 1; PERFORM 2; END $$"));
        QCOMPARE(s.at(2),
                 QStringLiteral(
                     "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ SELECT 1; $body$"));
        QCOMPARE(s.at(3), QStringLiteral("SELECT 'it''s; fine', \"odd;name\""));
    }

    void shippedSchemaSplitsIntoStatements()
    {
        QVERIFY(TeamServerSchema::latestVersion() >= 1);
        const QStringList s = PgScript::split(TeamServerSchema::steps().first().sql);
        QVERIFY(s.first().startsWith(QLatin1String("DO $$")));
        QVERIFY(s.first().endsWith(QLatin1String("END\n$$")));
        for (const QString& statement : s)
            QVERIFY2(!statement.contains(QLatin1String("\n;")), qPrintable(statement));
    }

    void urlGivesTheSettings()
    {
        auto s = TeamServerSettings::fromUrl(
            QStringLiteral("postgresql://admin@127.0.0.1:55432/cpd?sslmode=require"));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->host, QStringLiteral("127.0.0.1"));
        QCOMPARE(s->port, 55432);
        QCOMPARE(s->database, QStringLiteral("cpd"));
        QCOMPARE(s->user, QStringLiteral("admin"));
        QCOMPARE(s->tlsMode, QStringLiteral("require"));
        QCOMPARE(s->displayName(), QStringLiteral("admin@127.0.0.1:55432/cpd"));
        QCOMPARE(s->secretKey(), QStringLiteral("team-server/admin@127.0.0.1:55432/cpd"));
        QVERIFY(s->connectOptions().contains(QLatin1String("sslmode=require")));
        auto defaults =
            TeamServerSettings::fromUrl(QStringLiteral("postgres://amy@db.example.nhs.uk/cpd"));
        QVERIFY(defaults);
        QCOMPARE(defaults->port, 5432);
        QCOMPARE(defaults->tlsMode, QStringLiteral("prefer"));
    }

    void badUrlsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("says");
        QTest::newRow("password in url") << "postgresql://amy:secret@host/cpd"
                                         << "not in the URL";
        QTest::newRow("not postgres") << "https://host/cpd"
                                      << "not a server address";
        QTest::newRow("no user") << "postgresql://host/cpd"
                                 << "no user";
        QTest::newRow("no database") << "postgresql://amy@host"
                                     << "no database";
        QTest::newRow("bad tls") << "postgresql://amy@host/cpd?sslmode=maybe"
                                 << "TLS mode";
        QTest::newRow("verify-full without CA") << "postgresql://amy@host/cpd?sslmode=verify-full"
                                                << "CA certificate";
        QTest::newRow("missing CA")
            << "postgresql://amy@host/cpd?sslmode=verify-full&sslrootcert=/nonexistent.pem"
            << "cannot be read";
        QTest::newRow("unknown option") << "postgresql://amy@host/cpd?options=-c%20role%3Dcpd_owner"
                                        << "unknown server option";
    }
    void badUrlsAreRefusedWithAReason()
    {
        QFETCH(QString, url);
        QFETCH(QString, says);
        auto s = TeamServerSettings::fromUrl(url);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
    }

    void verifyFullWithACaFileIsAccepted()
    {
        QTemporaryFile ca;
        QVERIFY(ca.open());
        ca.write("-----BEGIN CERTIFICATE-----\n");
        ca.flush();
        auto s = TeamServerSettings::fromUrl(
            QStringLiteral("postgresql://amy@host/cpd?sslmode=verify-full&sslrootcert=%1")
                .arg(ca.fileName()));
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QVERIFY(
            s->connectOptions().contains(QStringLiteral("sslrootcert='%1'").arg(ca.fileName())));
    }

    void settingsLiveInTheJournalWithoutAPassword()
    {
        test::TestJournal j;
        TeamServerSettingsStore store(*j.db, j.clock);
        QVERIFY(!store.load()->has_value());
        QVERIFY(!store.nextSequence()); // nothing set up yet
        auto s = TeamServerSettings::fromUrl(
            QStringLiteral("postgresql://amy@host:6543/cpd?sslmode=require"));
        QVERIFY(store.save(*s));
        auto loaded = store.load();
        QVERIFY(loaded && loaded->has_value());
        QCOMPARE((*loaded)->toJson(), s->toJson());
        auto id = store.memberId();
        QVERIFY(id);
        QCOMPARE(id->size(), 36);
        QCOMPARE(*store.nextSequence(), 1);
        QCOMPARE(*store.nextSequence(), 2);
        s->port = 7000; // saving again keeps the member id and the sequence
        QVERIFY(store.save(*s));
        QCOMPARE(*store.memberId(), *id);
        QCOMPARE(*store.nextSequence(), 3);
    }

    void queueKeepsTheLatestOfEachItem()
    {
        test::TestJournal j;
        PublishQueue queue(*j.db, j.clock);
        QVERIFY(queue.enqueueSummary(QStringLiteral("m"), {{QStringLiteral("sequence"), 1}}));
        QVERIFY(queue.enqueueEntry(QStringLiteral("e1"),
                                   {{QStringLiteral("title"), QStringLiteral("One")}},
                                   {QStringLiteral("mgr")}));
        QVERIFY(queue.enqueueSummary(QStringLiteral("m"), {{QStringLiteral("sequence"), 2}}));
        auto items = queue.pending();
        QVERIFY(items);
        QCOMPARE(items->size(), 2);
        QCOMPARE(items->at(0).kind, QStringLiteral("entry"));
        QCOMPARE(
            items->at(0).payload.value(QStringLiteral("managers")).toArray().first().toString(),
            QStringLiteral("mgr"));
        QCOMPARE(items->at(1).payload.value(QStringLiteral("sequence")).toInt(), 2);
        QVERIFY(queue.noteFailure(QStringLiteral("server down")));
        items = queue.pending();
        QCOMPARE(items->at(0).attempts, 1);
        QCOMPARE(items->at(0).lastError, QStringLiteral("server down"));
        QVERIFY(queue.remove({items->at(0).seq}));
        QCOMPARE(*queue.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamServerUnits)
#include "tst_teamserver_units.moc"
