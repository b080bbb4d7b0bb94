#include "ArchiveSamples.h"
#include "TestJournal.h"
#include "ZipBuilder.h"

#include "evidence/SocialFindRepository.h"
#include "importers/TwitterArchiveImporter.h"
#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

// Everything stored, as one hash: "the journal is unchanged" means this is the same.
QByteArray journalState(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : {"social_finds", "entries", "entry_links"}) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next()) {
            for (int i = 0; i < 12; ++i)
                h.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
        }
        h.addData(QByteArray(table));
    }
    return h.result().toHex();
}

QDateTime at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestTwitterArchiveImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString archive(const QString& name, const ZipEntries& entries)
    {
        const QString path = m_dir.filePath(name);
        if (!writeZip(path, entries))
            qFatal("could not write %s", qPrintable(path));
        return path;
    }

    QString goodArchive()
    {
        const QJsonArray part0{tweet(QStringLiteral("1700000000000000001"), at(3, 20, 0), QStringLiteral("Sepsis screening tonight #wenurses"), {QStringLiteral("wenurses")}),
                               tweet(QStringLiteral("1700000000000000002"), at(3, 20, 45), QStringLiteral("NEWS2 &amp; escalation"), {QStringLiteral("WeNurses"), QStringLiteral("sepsis")},
                                     QStringLiteral("1700000000000000001"))};
        const QJsonArray part1{tweet(QStringLiteral("1700000000000000003"), at(1, 9, 0), QStringLiteral("Morning reading"), {})};
        const QJsonArray likes{QJsonObject{{QStringLiteral("like"),
                                            QJsonObject{{QStringLiteral("tweetId"), QStringLiteral("1600000000000000000")},
                                                        {QStringLiteral("fullText"), QStringLiteral("Great thread on #AllOurHealth")},
                                                        {QStringLiteral("expandedUrl"), QStringLiteral("https://twitter.com/i/web/status/1600000000000000000")}}}}};
        return archive(QStringLiteral("good.zip"), {{QStringLiteral("data/account.js"), account(QStringLiteral("nurse_jo"))},
                                                    {QStringLiteral("data/tweets.js"), ytd("tweets", 0, part0)},
                                                    {QStringLiteral("data/tweets-part1.js"), ytd("tweets", 1, part1)},
                                                    {QStringLiteral("data/like.js"), ytd("like", 0, likes)},
                                                    {QStringLiteral("data/tweets_media/a.jpg"), QByteArray(100, 'j')}});
    }

private slots:
    void importsAllPartsAndIsIdempotent()
    {
        TestJournal j;
        const QString zip = goodArchive();
        QList<qint64> seen;
        auto first = TwitterArchiveImporter::import(*j.db, j.clock, zip, {}, [&](const QString&, qint64 done, qint64) {
            seen << done;
            return true;
        });
        QVERIFY2(first, qPrintable(first.error().message));
        QCOMPARE(first->imported, 4);
        QCOMPARE(first->duplicates, 0);
        QCOMPARE(first->skipped, 0);
        QCOMPARE(first->errors, 0);
        QVERIFY(!seen.isEmpty());

        auto finds = SocialFindRepository(*j.db, j.clock).list();
        QVERIFY(finds);
        const auto it = std::find_if(finds->cbegin(), finds->cend(), [](const SocialFind& f) { return f.originalId == QLatin1String("1700000000000000002"); });
        QVERIFY(it != finds->cend());
        QCOMPARE(it->url, QStringLiteral("https://x.com/nurse_jo/status/1700000000000000002"));
        QCOMPARE(it->author, QStringLiteral("@nurse_jo"));
        QCOMPARE(it->excerpt, QStringLiteral("NEWS2 & escalation https://www.nice.org.uk/guidance/ng51"));
        QCOMPARE(it->hashtags, (QStringList{QStringLiteral("WeNurses"), QStringLiteral("sepsis")}));
        QCOMPARE(it->posted, at(3, 20, 45));
        QVERIFY(it->chat.contains(QLatin1String("1700000000000000001")));
        QVERIFY(it->notes.contains(QLatin1String("@WeNurses")));
        const auto like = std::find_if(finds->cbegin(), finds->cend(), [](const SocialFind& f) { return f.kind == QLatin1String("like"); });
        QVERIFY(like != finds->cend());
        QCOMPARE(like->hashtags, QStringList{QStringLiteral("AllOurHealth")});
        QVERIFY(like->posted.isValid()); // from the snowflake id

        const QByteArray before = journalState(*j.db);
        auto again = TwitterArchiveImporter::import(*j.db, j.clock, zip, {});
        QVERIFY(again);
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->duplicates, 4);
        QCOMPARE(journalState(*j.db), before);
    }

    void filters()
    {
        TestJournal j;
        TwitterArchiveImporter::Options o;
        o.hashtags = {QStringLiteral("#WENURSES")};
        auto tagged = TwitterArchiveImporter::import(*j.db, j.clock, goodArchive(), o);
        QVERIFY(tagged);
        QCOMPARE(tagged->imported, 2);
        QCOMPARE(tagged->skipped, 2);

        TestJournal k;
        TwitterArchiveImporter::Options since;
        since.since = QDate(2026, 3, 2);
        auto recent = TwitterArchiveImporter::import(*k.db, k.clock, goodArchive(), since);
        QVERIFY(recent);
        QCOMPARE(recent->imported, 2); // the 1 March tweet and the 2022 like are left out
        QCOMPARE(recent->skipped, 2);
    }

    void createdAt()
    {
        QCOMPARE(TwitterArchiveImporter::parseCreatedAt(u"Wed Oct 10 20:19:24 +0000 2018"), QDateTime(QDate(2018, 10, 10), QTime(20, 19, 24), Qt::UTC));
        QCOMPARE(TwitterArchiveImporter::parseCreatedAt(u"Wed Oct 10 20:19:24 +0130 2018"), QDateTime(QDate(2018, 10, 10), QTime(18, 49, 24), Qt::UTC));
        QVERIFY(!TwitterArchiveImporter::parseCreatedAt(u"2018-10-10").isValid());
        QVERIFY(!TwitterArchiveImporter::parseCreatedAt(u"Wed Foo 10 20:19:24 +0000 2018").isValid());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("tweets"); // data/tweets.js, when kind is "tweets"
        QTest::addColumn<QString>("expected");
        const QByteArray good = ytd("tweets", 0, {tweet(QStringLiteral("1"), at(3, 20, 0), QStringLiteral("ok"))});
        QTest::newRow("not json") << "tweets" << QByteArray("window.YTD.tweets.part0 = [ {\"tweet\": { oops") << "not valid JSON";
        QTest::newRow("no assignment") << "tweets" << QByteArray("[{\"tweet\": {}}]") << "not in the archive's format";
        QTest::newRow("object not array") << "tweets" << QByteArray("window.YTD.tweets.part0 = {}") << "list of items";
        QTest::newRow("invalid utf-8") << "tweets" << QByteArray("window.YTD.tweets.part0 = [{\"tweet\":{\"id_str\":\"1\",\"full_text\":\"caf\xE9\",\"created_at\":\"Wed Oct 10 20:19:24 +0000 2018\"}}]")
                                       << "not valid JSON";
        auto withField = [&](const char* key, const QJsonValue& value) {
            QJsonObject t = tweet(QStringLiteral("1"), at(3, 20, 0), QStringLiteral("x"), {QStringLiteral("a")}).value(QStringLiteral("tweet")).toObject();
            t.insert(QLatin1String(key), value);
            return ytd("tweets", 0, {QJsonObject{{QStringLiteral("tweet"), t}}});
        };
        QTest::newRow("item not object") << "tweets" << ytd("tweets", 0, {QJsonValue(42)}) << "should be an object";
        QTest::newRow("tweet not object") << "tweets" << ytd("tweets", 0, {QJsonObject{{QStringLiteral("tweet"), QStringLiteral("x")}}}) << "should be an object";
        QTest::newRow("id_str number") << "tweets" << withField("id_str", 17) << "id_str should be text";
        QTest::newRow("id not digits") << "tweets" << withField("id_str", QStringLiteral("../../x")) << "not a tweet id";
        QTest::newRow("full_text array") << "tweets" << withField("full_text", QJsonArray{1}) << "full_text should be text";
        QTest::newRow("created_at number") << "tweets" << withField("created_at", 5) << "created_at should be text";
        QTest::newRow("created_at junk") << "tweets" << withField("created_at", QStringLiteral("yesterday")) << "is not a date";
        QTest::newRow("entities string") << "tweets" << withField("entities", QStringLiteral("x")) << "entities should be an object";
        QTest::newRow("hashtags object") << "tweets" << withField("entities", QJsonObject{{QStringLiteral("hashtags"), QJsonObject{}}}) << "hashtags should be a list";
        QTest::newRow("hashtag text number") << "tweets" << withField("entities", QJsonObject{{QStringLiteral("hashtags"), QJsonArray{QJsonObject{{QStringLiteral("text"), 3}}}}})
                                             << "hashtags.text should be text";
        QTest::newRow("urls item string") << "tweets" << withField("entities", QJsonObject{{QStringLiteral("urls"), QJsonArray{QStringLiteral("u")}}})
                                          << "should be an object";
        QTest::newRow("mention name bool") << "tweets" << withField("entities", QJsonObject{{QStringLiteral("user_mentions"), QJsonArray{QJsonObject{{QStringLiteral("screen_name"), true}}}}})
                                           << "screen_name should be text";
        QTest::newRow("reply id number") << "tweets" << withField("in_reply_to_status_id_str", 9) << "in_reply_to_status_id_str should be text";
        QTest::newRow("good part, bad like") << "like" << good << "tweetId should be text";
        QTest::newRow("unsafe path") << "unsafe" << good << "unsafe path";
        QTest::newRow("no tweets.js") << "empty" << good << "no data/tweets.js";
        QTest::newRow("oversized part") << "oversized" << good << "larger than";
    }

    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, tweets);
        QFETCH(QString, expected);
        TestJournal j;
        // Something already stored, which must stay exactly as it is.
        QVERIFY(TwitterArchiveImporter::import(*j.db, j.clock, goodArchive(), {}));
        const QByteArray before = journalState(*j.db);

        ZipEntries entries{{QStringLiteral("data/tweets.js"), tweets}};
        // A valid second part, so a failure must also undo what the good part would have stored.
        entries.append({QStringLiteral("data/tweets-part1.js"), ytd("tweets", 1, {tweet(QStringLiteral("99"), at(5, 20, 0), QStringLiteral("fresh"))})});
        TwitterArchiveImporter::Options options;
        if (kind == QLatin1String("like"))
            entries.append({QStringLiteral("data/like.js"), ytd("like", 0, {QJsonObject{{QStringLiteral("like"), QJsonObject{{QStringLiteral("tweetId"), 5}}}}})});
        if (kind == QLatin1String("unsafe"))
            entries.append({QStringLiteral("../../x"), QByteArray("pwned")});
        if (kind == QLatin1String("empty"))
            entries = {{QStringLiteral("data/account.js"), account(QStringLiteral("x"))}};
        if (kind == QLatin1String("oversized")) {
            entries.append({QStringLiteral("data/tweets-part2.js"), QByteArray("window.YTD.tweets.part2 = [") + QByteArray(2 * 1024 * 1024, ' ') + "]"});
            options.maxPartBytes = 1024 * 1024;
        }
        const QString zip = archive(QStringLiteral("bad-%1.zip").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), entries);
        auto result = TwitterArchiveImporter::import(*j.db, j.clock, zip, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QCOMPARE(journalState(*j.db), before);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x"))));
        QVERIFY(!QFile::exists(QDir(m_dir.path()).absoluteFilePath(QStringLiteral("../../x"))));
    }

    void damagedArchives_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncated" << "not a readable zip";
        QTest::newRow("garbage") << "garbage" << "not a readable zip";
        QTest::newRow("flipped bytes") << "flipped" << "damaged";
        QTest::newRow("empty file") << "empty" << "not a readable zip";
        QTest::newRow("500 MB") << "huge" << "larger than";
    }

    void damagedArchives()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        TestJournal j;
        const QByteArray before = journalState(*j.db);
        QString path = m_dir.filePath(QStringLiteral("damaged-%1.zip").arg(damage));
        QByteArray bytes;
        {
            QFile good(goodArchive());
            QVERIFY(good.open(QIODevice::ReadOnly));
            bytes = good.readAll();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        if (damage == QLatin1String("truncated"))
            f.write(bytes.left(bytes.size() / 2));
        else if (damage == QLatin1String("garbage"))
            f.write(QByteArray(4096, '\x5a'));
        else if (damage == QLatin1String("flipped")) {
            // Corrupt the compressed data of the first entries, leaving the directory intact.
            for (qsizetype i = 200; i < 400; ++i)
                bytes[i] = char(bytes[i] ^ 0x55);
            f.write(bytes);
        } else if (damage == QLatin1String("huge")) {
            QVERIFY(f.resize(qint64(500) * 1024 * 1024)); // sparse: costs no disk
        }
        f.close();
        TwitterArchiveImporter::Options options;
        if (damage == QLatin1String("huge"))
            options.maxArchiveBytes = qint64(256) * 1024 * 1024;
        QElapsedTimer t;
        t.start();
        auto result = TwitterArchiveImporter::import(*j.db, j.clock, path, options);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(expected), qPrintable(result.error().message));
        QVERIFY(t.elapsed() < 2000); // refused, not read
        QCOMPARE(journalState(*j.db), before);
    }

    void cancelLeavesNothing()
    {
        TestJournal j;
        const QByteArray before = journalState(*j.db);
        for (const QString& cancelAt : {QStringLiteral("Reading"), QStringLiteral("Saving")}) {
            auto result = TwitterArchiveImporter::import(*j.db, j.clock, goodArchive(), {},
                                                         [&](const QString& stage, qint64, qint64) { return !stage.startsWith(cancelAt); });
            QVERIFY(!result);
            QVERIFY(result.error().message.contains(QLatin1String("cancelled")));
            QCOMPARE(journalState(*j.db), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestTwitterArchiveImporter)
#include "tst_twitterarchiveimporter.moc"
