#include "topics/TopicCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

class TestTopicCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void builtInKeepsTheReferenceIds()
    {
        const TopicCatalogue c = TopicCatalogue::builtIn();
        QVERIFY(!c.version().isEmpty());
        QFile ref(QStringLiteral(CPD_SOURCE_DIR "/resources/topics/all-our-health-topics.json"));
        QVERIFY(ref.open(QIODevice::ReadOnly));
        const QJsonArray topics = QJsonDocument::fromJson(ref.readAll()).object().value(QStringLiteral("topics")).toArray();
        QCOMPARE(c.topics().size(), topics.size());
        for (const QJsonValue& v : topics)
            QVERIFY(c.isKnown(v.toObject().value(QStringLiteral("id")).toString()));
        QVERIFY(c.find(QStringLiteral("smoking-and-tobacco")));
        QCOMPARE(c.find(QStringLiteral("smoking-and-tobacco"))->shortTitle(), QStringLiteral("Smoking and tobacco"));
        QCOMPARE(c.levels(), TopicCatalogue::standardLevels());
    }

    void withdrawnTopicsAreKnownButNotSuggestable()
    {
        const TopicCatalogue c = TopicCatalogue::builtIn();
        const Topic* tb = c.find(QStringLiteral("tuberculosis"));
        QVERIFY(tb);
        QVERIFY(tb->isWithdrawn());
        for (const Topic& t : c.suggestable())
            QVERIFY(t.id != QLatin1String("tuberculosis"));
        QCOMPARE(c.suggestable().size(), c.topics().size() - 1);
    }

    void unknownIdsAreShownAsUnknown()
    {
        const TopicCatalogue c = TopicCatalogue::builtIn();
        QVERIFY(!c.isKnown(QStringLiteral("retired-topic")));
        QVERIFY(c.titleFor(QStringLiteral("retired-topic")).contains(QStringLiteral("Unknown topic")));
        QVERIFY(c.titleFor(QStringLiteral("retired-topic")).contains(QStringLiteral("retired-topic")));
        QCOMPARE(c.groupFor(QStringLiteral("retired-topic")), TopicCatalogue::unknownGroup());
    }

    void badCatalogues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no topics") << QByteArray("{\"version\": \"1\"}");
        QTest::newRow("empty") << QByteArray("{\"topics\": []}");
        QTest::newRow("no title") << QByteArray("{\"topics\": [{\"id\": \"a\"}]}");
        QTest::newRow("duplicate") << QByteArray("{\"topics\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"a\", \"title\": \"B\"}]}");
    }
    void badCatalogues()
    {
        QFETCH(QByteArray, json);
        const auto c = TopicCatalogue::fromJson(json, QStringLiteral("test.json"));
        QVERIFY(!c);
        QVERIFY(c.error().message.contains(QStringLiteral("test.json")));
    }

    void overrideFileWins()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("topics.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"version": "test-2", "topics": [
            {"id": "smoking-and-tobacco", "title": "Smoking: applying All Our Health", "group": "G", "status": "current",
             "keywords": ["smoking"]},
            {"id": "new-topic", "title": "A new topic", "group": "G", "status": "current", "keywords": ["novelty"]}]})");
        f.close();
        qputenv("CPDJOURNAL_TOPICS", path.toUtf8());
        QString problem;
        const TopicCatalogue c = TopicCatalogue::load(&problem);
        QVERIFY(problem.isEmpty());
        QCOMPARE(c.version(), QStringLiteral("test-2"));
        QCOMPARE(c.topics().size(), 2);
        QVERIFY(c.isKnown(QStringLiteral("new-topic")));
        QCOMPARE(c.levels(), TopicCatalogue::standardLevels());

        // A broken override is reported and the built-in catalogue is used.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        const TopicCatalogue fallback = TopicCatalogue::load(&problem);
        QVERIFY(!problem.isEmpty());
        QCOMPARE(fallback.version(), TopicCatalogue::builtIn().version());
        qunsetenv("CPDJOURNAL_TOPICS");
    }
};

QTEST_GUILESS_MAIN(TestTopicCatalogue)
#include "tst_topiccatalogue.moc"
