#include "evidence/FeedItemConverter.h"
#include "evidence/FeedParser.h"

#include "FeedSamples.h"

#include <QTest>

using cpd::FeedParser;

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void rss()
    {
        const QByteArray xml = kRssSample;
        auto parsed = FeedParser::parse(xml, QUrl(QStringLiteral("https://www.nice.org.uk/feed")));
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->title, QStringLiteral("NICE: new guidance"));
        QCOMPARE(parsed->items.size(), 2);
        QCOMPARE(parsed->items[0].title, QStringLiteral("Asthma & COPD update"));
        QCOMPARE(parsed->items[0].guid, QStringLiteral("ng245-2024"));
        QCOMPARE(parsed->items[0].summary, QStringLiteral("Updated guidance"));
        QCOMPARE(parsed->items[0].published, QDateTime(QDate(2024, 11, 27), QTime(9, 0), Qt::UTC));
        QCOMPARE(parsed->items[1].url, QStringLiteral("https://www.nice.org.uk/guidance/ng246"));
        QCOMPARE(parsed->items[1].guid, parsed->items[1].url);
        QCOMPARE(parsed->items[1].published.date(), QDate(2024, 12, 1));

        cpd::Feed feed;
        feed.title = parsed->title;
        const auto g = cpd::FeedItemConverter::toGuideline(parsed->items[0], feed);
        QCOMPARE(g.identifier, QStringLiteral("NG245"));
        QCOMPARE(g.publisher, QStringLiteral("NICE: new guidance"));
        QCOMPARE(g.published, QDate(2024, 11, 27));
        const auto e = cpd::FeedItemConverter::toEntry(parsed->items[0], feed, QDate(2025, 1, 2));
        QCOMPARE(e.activity, QStringLiteral("reading"));
        QCOMPARE(e.links.size(), 1);
        QCOMPARE(e.date, QDate(2025, 1, 2));
    }

    void atom()
    {
        const QByteArray xml = kAtomSample;
        auto parsed = FeedParser::parse(xml);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        QCOMPARE(parsed->title, QStringLiteral("SIGN"));
        QCOMPARE(parsed->siteUrl, QStringLiteral("https://www.sign.ac.uk/"));
        QCOMPARE(parsed->items.size(), 1);
        QCOMPARE(parsed->items[0].guid, QStringLiteral("urn:sign:158"));
        QCOMPARE(parsed->items[0].url, QStringLiteral("https://www.sign.ac.uk/sign-158"));
        QCOMPARE(parsed->items[0].published, QDateTime(QDate(2024, 7, 1), QTime(11, 0), Qt::UTC));
        QCOMPARE(parsed->items[0].summary, QStringLiteral("British guideline"));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::newRow("html") << QByteArray("<html><body>not a feed</body></html>");
        QTest::newRow("truncated") << QByteArray("<rss><channel><item><title>x</ti");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json") << QByteArray("{\"items\": []}");
    }
    void badInput()
    {
        QFETCH(QByteArray, xml);
        auto parsed = FeedParser::parse(xml);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
