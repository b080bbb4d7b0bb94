#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using cpd::test::CliResult;
using cpd::test::CliRunner;

class TestJournalCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }

    static QByteArray entryJson(const QString& title = QStringLiteral("Safeguarding level 3 update"))
    {
        return QJsonDocument(QJsonObject{
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("date"), QStringLiteral("2026-01-15")},
                                 {QStringLiteral("activity"), QStringLiteral("e-learning")},
                                 {QStringLiteral("hours"), 2},
                                 {QStringLiteral("template"), QStringLiteral("driscoll")},
                                 {QStringLiteral("reflection"), QJsonObject{{QStringLiteral("what"), QStringLiteral("Contextual safeguarding module")},
                                                                            {QStringLiteral("so_what"), QStringLiteral("Exploitation outside the home")},
                                                                            {QStringLiteral("now_what"), QStringLiteral("Ask about online contacts")}}},
                                 {QStringLiteral("tags"), QJsonArray{QStringLiteral("safeguarding")}},
                                 {QStringLiteral("x_imported_from"), QStringLiteral("old portfolio")},
                             })
            .toJson();
    }

    static void verifyUserError(const CliResult& r, const QString& expected)
    {
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(r.out.isEmpty());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void addShowListRoundTrip()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("a.cpdj")));
        const CliResult added = cli.run({QStringLiteral("add"), QStringLiteral("--json"), file(QStringLiteral("e.json"), entryJson())});
        QCOMPARE(added.exitCode, 0);
        const QString id = QString::fromUtf8(added.out).trimmed();
        QCOMPARE(id.size(), 36);

        const CliResult shown = cli.run({QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject o = shown.json().object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(o.value(QStringLiteral("x_imported_from")).toString(), QStringLiteral("old portfolio"));
        QCOMPARE(o.value(QStringLiteral("credits")).toDouble(), 2.0);
        QVERIFY(o.contains(QStringLiteral("created")));
        // What show prints, add takes back: the JSON form is one and the same.
        QJsonObject copy = o;
        copy.remove(QStringLiteral("id"));
        copy.insert(QStringLiteral("title"), QStringLiteral("Copy"));
        const CliResult again = cli.run({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(copy).toJson());
        QCOMPARE(again.exitCode, 0);

        const CliResult list = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = list.json().array();
        QCOMPARE(all.size(), 2);
        QVERIFY(all.contains(o));

        const CliResult text = cli.run({QStringLiteral("show"), id});
        QVERIFY(text.out.contains("Safeguarding level 3 update"));
        QVERIFY(text.out.contains("So what?"));
        QVERIFY(text.out.contains("Exploitation outside the home"));
        const CliResult listText = cli.run({QStringLiteral("list")});
        QVERIFY(listText.out.contains("2 entries"));
    }

    void searchGivesIdTitleDateSnippetRank()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("s.cpdj")));
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson()).exitCode, 0);
        const CliResult r = cli.run({QStringLiteral("search"), QStringLiteral("exploitation"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = r.json().array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject h = hits.first().toObject();
        for (const char* key : {"id", "title", "date", "snippet", "rank"})
            QVERIFY2(h.contains(QLatin1String(key)), key);
        QVERIFY(h.value(QStringLiteral("snippet")).toString().contains(QStringLiteral("[Exploitation]")));
        const CliResult none = cli.run({QStringLiteral("search"), QStringLiteral("zebra")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("No entries match"));
    }

    void trashCommands()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("t.cpdj")));
        const QString id = QString::fromUtf8(cli.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson()).out).trimmed();
        verifyUserError(cli.run({QStringLiteral("purge"), id}), QStringLiteral("not in the trash"));
        QCOMPARE(cli.run({QStringLiteral("delete"), id}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 0);
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--trash")}).json().array().size(), 1);
        QCOMPARE(cli.run({QStringLiteral("restore"), id}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
        QCOMPARE(cli.run({QStringLiteral("delete"), id}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("purge"), id}).exitCode, 0);
        verifyUserError(cli.run({QStringLiteral("show"), id}), QStringLiteral("There is no entry"));
    }

    void userErrorsExitOneAndChangeNothing()
    {
        CliRunner cli(m_dir.filePath(QStringLiteral("u.cpdj")));
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson()).exitCode, 0);
        QJsonObject bad = QJsonDocument::fromJson(entryJson()).object();
        bad.insert(QStringLiteral("participatory_hours"), 5);
        verifyUserError(cli.run({QStringLiteral("add"), QStringLiteral("-")}, QJsonDocument(bad).toJson()),
                        QStringLiteral("participatory_hours (5) is more than hours (2)"));
        verifyUserError(cli.run({QStringLiteral("add"), QStringLiteral("-")}, "{not json"), QStringLiteral("not valid JSON"));
        verifyUserError(cli.run({QStringLiteral("add"), QStringLiteral("--json"), m_dir.filePath(QStringLiteral("nope.json"))}),
                        QStringLiteral("no such file"));
        // A batch with one bad entry adds none of them.
        const QByteArray batch = "[" + entryJson(QStringLiteral("One")) + "," + QJsonDocument(bad).toJson() + "]";
        verifyUserError(cli.run({QStringLiteral("add"), QStringLiteral("-")}, batch), QStringLiteral("item 2"));
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
    }

    void badUsageExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("show without id") << QStringList{QStringLiteral("show")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("limit not a number") << QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("ten")};
        QTest::newRow("add without input") << QStringList{QStringLiteral("add")};
        QTest::newRow("demo without count") << QStringList{QStringLiteral("demo")};
        QTest::newRow("bad date filter") << QStringList{QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("last week")};
    }

    void badUsageExitsTwo()
    {
        QFETCH(QStringList, args);
        CliRunner cli(m_dir.filePath(QStringLiteral("usage.cpdj")));
        const CliResult r = cli.run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void versionAndHelp()
    {
        CliRunner cli(QString{});
        const CliResult v = cli.run({QStringLiteral("--version")}, {}, QProcessEnvironment::systemEnvironment(), false);
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith("cpdjournal-cli "));
        const CliResult h = cli.run({QStringLiteral("--help")}, {}, QProcessEnvironment::systemEnvironment(), false);
        QCOMPARE(h.exitCode, 0);
        for (const char* cmd : {"add", "list", "show", "search", "delete", "restore", "purge", "demo"})
            QVERIFY2(h.out.contains(QByteArray(QByteArray("  ") + cmd)), cmd);
        const CliResult ch = cli.run({QStringLiteral("search"), QStringLiteral("--help")}, {}, QProcessEnvironment::systemEnvironment(), false);
        QCOMPARE(ch.exitCode, 0);
        QVERIFY(ch.out.contains("search QUERY [--json] [--limit N]"));
    }

    void theJournalComesFromDbThenEnvironmentThenTheDataFolder()
    {
        const QString envDb = m_dir.filePath(QStringLiteral("env.cpdj"));
        const QString home = m_dir.filePath(QStringLiteral("home"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("CPDJOURNAL_DB"), envDb);
        CliRunner cli(QString{});
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson(), env, false).exitCode, 0);
        QVERIFY(QFile::exists(envDb));
        env.remove(QStringLiteral("CPDJOURNAL_DB"));
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson(), env, false).exitCode, 0);
        QVERIFY(QFile::exists(home + QStringLiteral("/.local/share/cpdjournal/journal.cpdj")));
        const QString explicitDb = m_dir.filePath(QStringLiteral("explicit.cpdj"));
        env.insert(QStringLiteral("CPDJOURNAL_DB"), envDb);
        CliRunner withDb(explicitDb);
        QCOMPARE(withDb.run({QStringLiteral("add"), QStringLiteral("-")}, entryJson(), env).exitCode, 0);
        QCOMPARE(withDb.run({QStringLiteral("list"), QStringLiteral("--json")}, {}, env).json().array().size(), 1);
        QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json")}, {}, env, false).json().array().size(), 1);
    }

    void anUnreadableJournalIsAUserError()
    {
        const QString path = file(QStringLiteral("garbage.cpdj"), QByteArray("not a journal at all ").repeated(300));
        CliRunner cli(path);
        verifyUserError(cli.run({QStringLiteral("list")}), QStringLiteral("not a CPD Journal file"));
    }

    void demoIsDeterministicPerSeed()
    {
        CliRunner a(m_dir.filePath(QStringLiteral("demo-a.cpdj")));
        CliRunner b(m_dir.filePath(QStringLiteral("demo-b.cpdj")));
        CliRunner c(m_dir.filePath(QStringLiteral("demo-c.cpdj")));
        const QStringList args{QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("60"),
                               QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--end"), QStringLiteral("2026-06-30")};
        QCOMPARE(a.run(args).exitCode, 0);
        QCOMPARE(b.run(args).exitCode, 0);
        QStringList other = args;
        other[4] = QStringLiteral("8");
        QCOMPARE(c.run(other).exitCode, 0);
        const QJsonArray la = a.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        const QJsonArray lb = b.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        const QJsonArray lc = c.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(la.size(), 60);
        QCOMPARE(la, lb);
        QVERIFY(la != lc);
        QSet<QString> activities;
        for (const QJsonValue& v : la) {
            const QDate d = QDate::fromString(v.toObject().value(QStringLiteral("date")).toString(), Qt::ISODate);
            QVERIFY(d > QDate(2023, 6, 30) && d <= QDate(2026, 6, 30));
            activities << v.toObject().value(QStringLiteral("activity")).toString();
        }
        QCOMPARE(activities.size(), 18);
    }
};

QTEST_GUILESS_MAIN(TestJournalCli)
#include "tst_journalcli.moc"
