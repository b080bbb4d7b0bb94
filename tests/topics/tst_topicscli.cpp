#include "TestJournal.h"
#include "journal/EntryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList& args, const QByteArray& input = {}, const QString& home = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CPDJOURNAL_DB"));
    env.remove(QStringLiteral("CPDJOURNAL_TOPICS"));
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CPD_CLI), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestTopicsCli : public QObject
{
    Q_OBJECT

private slots:
    void suggestFromStdinAsJson()
    {
        QTemporaryDir home;
        const Run r = cli({QStringLiteral("suggest-topics"), QStringLiteral("-"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")},
                          "Smoking cessation clinic: NRT, varenicline, and a word about alcohol units.", home.path());
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 2);
        const QJsonObject first = a.first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("smoking-and-tobacco"));
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("Smoking and tobacco: applying All Our Health"));
        QVERIFY(first.value(QStringLiteral("score")).toDouble() >= a.at(1).toObject().value(QStringLiteral("score")).toDouble());
        QVERIFY(first.value(QStringLiteral("matched")).toArray().contains(QStringLiteral("NRT")));
        QVERIFY(!QFile::exists(home.filePath(QStringLiteral("data/cpdjournal")))); // no journal created
    }

    void suggestFromAFileAsText()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("r.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Falls clinic: strength and balance, postural hypotension.");
        f.close();
        const Run r = cli({QStringLiteral("suggest-topics"), QStringLiteral("--text-file"), f.fileName()}, {}, dir.path());
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("1. Falls"));
        QVERIFY(r.out.contains("matched:"));
    }

    void suggestUsage()
    {
        QTemporaryDir home;
        QCOMPARE(cli({QStringLiteral("suggest-topics")}, {}, home.path()).code, 2);
        QCOMPARE(cli({QStringLiteral("suggest-topics"), QStringLiteral("-"), QStringLiteral("--limit"), QStringLiteral("zero")}, {}, home.path()).code, 2);
        const Run missing = cli({QStringLiteral("suggest-topics"), QStringLiteral("--text-file"), home.filePath(QStringLiteral("nope.txt"))}, {}, home.path());
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("no such file"));
    }

    void listTopics()
    {
        QTemporaryDir home;
        const Run r = cli({QStringLiteral("topics"), QStringLiteral("list"), QStringLiteral("--json")}, {}, home.path());
        QCOMPARE(r.code, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(a.size(), 30);
        QCOMPARE(a.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("adult-obesity"));
        const Run text = cli({QStringLiteral("topics"), QStringLiteral("list")}, {}, home.path());
        QVERIFY(text.out.contains("Tuberculosis (withdrawn)"));
        QCOMPARE(cli({QStringLiteral("topics")}, {}, home.path()).code, 2);
        QCOMPARE(cli({QStringLiteral("topics"), QStringLiteral("nonsense")}, {}, home.path()).code, 2);
    }

    void coverage()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry a = test::TestJournal::sampleEntry();
        a.date = QDate(2025, 5, 1);
        a.hours = 2.5;
        a.topics = {{QStringLiteral("alcohol"), QStringLiteral("individual")}};
        QVERIFY(repo.add(a));
        Entry b = a;
        b.id.clear();
        b.date = QDate(2024, 1, 1);
        QVERIFY(repo.add(b));
        j.db.reset();

        const Run r = cli({QStringLiteral("--db"), j.path, QStringLiteral("topics"), QStringLiteral("coverage"),
                           QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("entries")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("hours")).toDouble(), 2.5);
        const QJsonObject first = o.value(QStringLiteral("topics")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("alcohol"));
        QCOMPARE(first.value(QStringLiteral("levels")).toObject().value(QStringLiteral("individual")).toInt(), 1);
        QVERIFY(o.value(QStringLiteral("neverCovered")).toArray().contains(QStringLiteral("dementia")));

        const Run text = cli({QStringLiteral("--db"), j.path, QStringLiteral("topics"), QStringLiteral("coverage")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains("Alcohol"));
        QVERIFY(text.out.contains("Not covered"));
        QCOMPARE(cli({QStringLiteral("--db"), j.path, QStringLiteral("topics"), QStringLiteral("coverage"), QStringLiteral("--from"), QStringLiteral("May")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestTopicsCli)
#include "tst_topicscli.moc"
