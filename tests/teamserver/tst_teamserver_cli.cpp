// The team server through the real cpdjournal-cli, as an administrator, a member and a manager
// would use it: a real PostgreSQL (CTest fixture) and a real Secret Service (with-keyring.sh).
#include "CliRunner.h"
#include "PgFixture.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;
using test::CliRunner;

class TestTeamServerCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::PgServer m_pg;
    QString m_db;
    QString m_amy, m_meg;
    const QByteArray m_amyPassword = "amy-long-password-1";
    const QByteArray m_megPassword = "meg-long-password-2";

    QString path(const QString& name) const { return m_dir.filePath(name); }
    void writeFile(const QString& name, const QByteArray& bytes) const
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    int queued(const CliRunner& cli) const
    {
        auto r = cli.run({QStringLiteral("team"), QStringLiteral("server"),
                          QStringLiteral("status"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return r.json().object().value(QStringLiteral("queued")).toInt(-1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (ctest does)");
        QVERIFY(m_dir.isValid());
        m_pg = test::PgServer::fromFixture();
        m_db = m_pg.createDatabase(QStringLiteral("cli"));
        const QString sfx = test::PgServer::suffix();
        m_amy = QStringLiteral("amy_") + sfx;
        m_meg = QStringLiteral("meg_") + sfx;
    }

    void administratorInitsTwiceAndAddsPeople()
    {
        CliRunner admin(path(QStringLiteral("admin.cpdj")));
        const QString url = m_pg.url(m_db, m_pg.admin);
        const QStringList init{QStringLiteral("team"), QStringLiteral("server"),
                               QStringLiteral("init"), QStringLiteral("--url"), url};
        auto r = admin.run(
            init + QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--json")},
            m_pg.adminPassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject created = r.json().object();
        QVERIFY(created.value(QStringLiteral("schema_version")).toInt() >= 1);
        QCOMPARE(created.value(QStringLiteral("applied")).toArray().size(),
                 created.value(QStringLiteral("schema_version")).toInt());
        r = admin.run(init); // the password now comes from the keychain; nothing left to do
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("nothing to do"));

        auto admin2 = [&](const QStringList& args, const QByteArray& in = {}) {
            return admin.run(QStringList{QStringLiteral("team"), QStringLiteral("server")} + args +
                                 QStringList{QStringLiteral("--url"), url},
                             in);
        };
        r = admin2({QStringLiteral("add-team"), QStringLiteral("--organisation"),
                    QStringLiteral("Riverside PCN"), QStringLiteral("--team"),
                    QStringLiteral("Practice nurses")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin2({QStringLiteral("add-member"), QStringLiteral("--login"), m_amy,
                    QStringLiteral("--name"), QStringLiteral("Amy O\u2019Neill"),
                    QStringLiteral("--team"), QStringLiteral("Practice nurses"),
                    QStringLiteral("--password-stdin")},
                   m_amyPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin2({QStringLiteral("add-member"), QStringLiteral("--login"), m_meg,
                    QStringLiteral("--name"), QStringLiteral("Meg Manager"),
                    QStringLiteral("--password-stdin")},
                   m_megPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin2({QStringLiteral("add-manager"), QStringLiteral("--login"), m_meg,
                    QStringLiteral("--team"), QStringLiteral("Practice nurses")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = admin2({QStringLiteral("add-manager"), QStringLiteral("--login"), m_meg,
                    QStringLiteral("--team"), QStringLiteral("No such team")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("add-team"));
        r = admin2({QStringLiteral("add-member"), QStringLiteral("--login"),
                    QStringLiteral("Bad Login"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 1);
        r = admin.run(
            {QStringLiteral("team"), QStringLiteral("server"), QStringLiteral("add-team")});
        QCOMPARE(r.exitCode, 2);
        // A password in the URL is refused before anything happens.
        r = admin.run(
            {QStringLiteral("team"), QStringLiteral("server"), QStringLiteral("init"),
             QStringLiteral("--url"),
             QStringLiteral("postgresql://admin:secret@127.0.0.1:%1/%2").arg(m_pg.port).arg(m_db)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not in the URL"));
    }

    void memberPublishesOfflineFirstAndManagerReads()
    {
        CliRunner amy(path(QStringLiteral("amy.cpdj")));
        writeFile(QStringLiteral("profile.json"),
                  "{\"name\": \"Amy O\u2019Neill\", \"professions\": [\"nurse\"], \"nmc_pin\": "
                  "\"12A3456E\", "
                  "\"registration_expiry\": \"2027-01-31\"}");
        auto r = amy.run({QStringLiteral("profile"), QStringLiteral("set"),
                          QStringLiteral("--json"), path(QStringLiteral("profile.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        writeFile(
            QStringLiteral("shared.json"),
            R"({"title": "Shared: asthma inhaler course", "date": "2026-02-03", "activity": "course", "hours": 3, "participatory_hours": 2, "template": "free", "reflection": {"text": "Spacers matter."}, "status": "final"})");
        writeFile(
            QStringLiteral("private.json"),
            R"({"title": "Private: a hard conversation", "date": "2026-02-10", "activity": "reading", "hours": 1, "template": "free", "reflection": {"text": "Only mine."}, "status": "final"})");
        r = amy.run(
            {QStringLiteral("add"), QStringLiteral("--json"), path(QStringLiteral("shared.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sharedId = QString::fromUtf8(r.out).trimmed();
        r = amy.run({QStringLiteral("add"), QStringLiteral("--json"),
                     path(QStringLiteral("private.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = amy.run({QStringLiteral("team"), QStringLiteral("dashboard"),
                     QStringLiteral("--json")}); // no server: bundles
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!r.json()
                     .object()
                     .value(QStringLiteral("source"))
                     .toString()
                     .contains(QLatin1String("team server")));

        const QStringList publish{QStringLiteral("team"),    QStringLiteral("publish"),
                                  QStringLiteral("--share"), sharedId,
                                  QStringLiteral("--with"),  m_meg};
        r = amy.run(publish);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no team server set up"), r.err.constData());

        // 1. The server is down: connecting still saves; publishing queues and says so.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int downPort = probe.serverPort();
        probe.close();
        const QStringList connectDown{
            QStringLiteral("team"),
            QStringLiteral("server"),
            QStringLiteral("connect"),
            QStringLiteral("--url"),
            QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=disable")
                .arg(m_amy)
                .arg(downPort)
                .arg(m_db),
            QStringLiteral("--password-stdin")};
        r = amy.run(connectDown, m_amyPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("not reachable"));
        r = amy.run(publish);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not reachable") && r.err.contains("2 changes kept in the queue"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(queued(amy), 2);

        // 2. The password is wrong: refused, clear, and the queue is still whole.
        const QStringList connectUp{QStringLiteral("team"),    QStringLiteral("server"),
                                    QStringLiteral("connect"), QStringLiteral("--url"),
                                    m_pg.url(m_db, m_amy),     QStringLiteral("--password-stdin")};
        r = amy.run(connectUp, "wrong password\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused the login"), r.err.constData());
        r = amy.run({QStringLiteral("team"), QStringLiteral("publish")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("refused the login") && r.err.contains("kept in the queue"),
                 r.err.constData());
        QCOMPARE(queued(amy), 2); // the summary replaced the queued one; the shared entry waits

        // 3. The right password: everything queued goes, once.
        r = amy.run(connectUp, m_amyPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Connected"));
        r = amy.run({QStringLiteral("team"), QStringLiteral("publish"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("summaries")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(queued(amy), 0);
        r = amy.run(publish); // again: idempotent
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // The manager's dashboard, from the server.
        CliRunner meg(path(QStringLiteral("meg.cpdj")));
        r = meg.run({QStringLiteral("team"), QStringLiteral("server"), QStringLiteral("connect"),
                     QStringLiteral("--url"), m_pg.url(m_db, m_meg),
                     QStringLiteral("--password-stdin")},
                    m_megPassword + '\n');
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = meg.run(
            {QStringLiteral("team"), QStringLiteral("dashboard"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject board = r.json().object();
        QVERIFY(board.value(QStringLiteral("source")).toString().contains(m_meg));
        const QJsonArray members = board.value(QStringLiteral("members")).toArray();
        QCOMPARE(meg.run({QStringLiteral("team"), QStringLiteral("server"),
                          QStringLiteral("dashboard"), QStringLiteral("--json")})
                     .json()
                     .object()
                     .value(QStringLiteral("members")),
                 QJsonValue(members));
        // The bundles imported into this journal (none) when asked for them; a bad source is a
        // usage error.
        r = meg.run({QStringLiteral("team"), QStringLiteral("dashboard"),
                     QStringLiteral("--source"), QStringLiteral("bundles"),
                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json().object().value(QStringLiteral("members")).toArray().size(), 0);
        QCOMPARE(meg.run({QStringLiteral("team"), QStringLiteral("dashboard"),
                          QStringLiteral("--source"), QStringLiteral("cloud")})
                     .exitCode,
                 2);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Amy O\u2019Neill"));
        QCOMPARE(members.first().toObject().value(QStringLiteral("registration")).toString(),
                 QStringLiteral("12A3456E"));

        // No password in the journals or in any settings file; the keychain has them.
        for (const QString& file :
             {path(QStringLiteral("amy.cpdj")), path(QStringLiteral("meg.cpdj")),
              path(QStringLiteral("admin.cpdj"))}) {
            const QByteArray bytes = readAll(file) + readAll(file + QStringLiteral("-wal"));
            QVERIFY(!bytes.contains(m_amyPassword));
            QVERIFY(!bytes.contains(m_megPassword));
            QVERIFY(!bytes.contains(m_pg.adminPassword.toUtf8()));
        }
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
        QVERIFY(!config.isEmpty());
        for (const QString& root : {config, qEnvironmentVariable("HOME")}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (file.contains(QLatin1String("keyrings")))
                    continue; // gnome-keyring's own encrypted store
                const QByteArray bytes = readAll(file);
                QVERIFY2(!bytes.contains(m_amyPassword) && !bytes.contains(m_megPassword),
                         qPrintable(file));
            }
        }
        QProcess secretTool;
        secretTool.start(QStringLiteral("secret-tool"),
                         {QStringLiteral("search"), QStringLiteral("--all"),
                          QStringLiteral("server"), QStringLiteral("CPD Journal")});
        QVERIFY(secretTool.waitForFinished(20000));
        const QByteArray found =
            secretTool.readAllStandardOutput() + secretTool.readAllStandardError();
        QVERIFY2(found.contains(QStringLiteral("team-server/%1@127.0.0.1").arg(m_amy).toUtf8()),
                 found.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeamServerCli)
#include "tst_teamserver_cli.moc"
