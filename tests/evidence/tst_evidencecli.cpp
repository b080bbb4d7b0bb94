#include "ArchiveSamples.h"
#include "CliRunner.h"
#include "LocalHttpServer.h"
#include "ZipBuilder.h"
#include "EvidenceCliSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd::test;

class TestEvidenceCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    int m_journals = 0;

    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    CliRunner fresh() { return CliRunner(m_dir.filePath(QStringLiteral("j%1.cpdj").arg(++m_journals))); }
    static QProcessEnvironment env()
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char* k : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
            e.remove(QString::fromLatin1(k));
        e.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        return e;
    }
    static void verifyUserError(const CliResult& r, const QString& expected)
    {
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(r.out.isEmpty());
    }
    QString twitterZip()
    {
        const QDateTime evening(QDate(2026, 3, 3), QTime(20, 0), Qt::UTC);
        const QJsonArray tweets{tweet(QStringLiteral("1700000000000000001"), evening, QStringLiteral("Chat opens #wenurses"), {QStringLiteral("wenurses")}),
                                tweet(QStringLiteral("1700000000000000002"), evening.addSecs(50 * 60), QStringLiteral("Closing thoughts #wenurses"), {QStringLiteral("wenurses")}),
                                tweet(QStringLiteral("1700000000000000003"), evening.addDays(-30), QStringLiteral("Old news"), {})};
        const QString path = m_dir.filePath(QStringLiteral("twitter.zip"));
        if (!writeZip(path, {{QStringLiteral("data/account.js"), account(QStringLiteral("nurse_jo"))},
                             {QStringLiteral("data/tweets.js"), ytd("tweets", 0, tweets)}}))
            qFatal("zip");
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.route("/ng136", [](QTcpSocket* s) {
            LocalHttpServer::html(s, "<html><head><title>Hypertension</title><meta name=\"citation_title\" content=\"Hypertension in adults\">"
                                     "<meta name=\"citation_publisher\" content=\"NICE\"><meta name=\"citation_publication_date\" content=\"2019-08-28\">"
                                     "<link rel=\"canonical\" href=\"https://www.nice.org.uk/guidance/ng136\"></head></html>");
        });
        m_server.route("/feed.xml", [](QTcpSocket* s) {
            LocalHttpServer::respond(s, 200, "OK", {{"Content-Type", "application/rss+xml"}},
                                     "<rss version=\"2.0\"><channel><title>New guidance</title>"
                                     "<item><title>NG999 draft</title><link>https://www.nice.org.uk/guidance/ng999</link><guid>ng999</guid></item>"
                                     "</channel></rss>");
        });
        m_server.route("/loop", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "/loop"); });
        QVERIFY(m_server.startInThread());
    }

    void fetchMetadata()
    {
        CliRunner cli = fresh();
        const CliResult r = cli.run({QStringLiteral("fetch-metadata"), m_server.url("/ng136").toString(), QStringLiteral("--json")}, {}, env());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json().object();
        for (const char* key : {"url", "final_url", "canonical_url", "content_type", "title", "description", "site_name", "publisher",
                                "identifier", "authors", "published", "updated", "charset", "truncated", "redirects"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("Hypertension in adults"));
        QCOMPARE(o.value(QStringLiteral("identifier")).toString(), QStringLiteral("NG136"));
        QCOMPARE(o.value(QStringLiteral("published")).toString(), QStringLiteral("2019-08-28"));

        verifyUserError(cli.run({QStringLiteral("fetch-metadata"), m_server.url("/loop").toString()}, {}, env()), QStringLiteral("loop"));
        verifyUserError(cli.run({QStringLiteral("fetch-metadata"), QStringLiteral("ftp://127.0.0.1/x")}, {}, env()), QStringLiteral("only http and https"));
        QCOMPARE(cli.run({QStringLiteral("fetch-metadata")}, {}, env()).exitCode, 2);
    }

    void guidelines()
    {
        CliRunner cli = fresh();
        const CliResult offline = cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--url"),
                                           QStringLiteral("https://www.nice.org.uk/guidance/ng28"), QStringLiteral("--no-fetch"),
                                           QStringLiteral("--title"), QStringLiteral("Type 2 diabetes in adults")}, {}, env());
        QCOMPARE(offline.exitCode, 0);
        const CliResult fetched = cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--url"), m_server.url("/ng136").toString()}, {}, env());
        QCOMPARE(fetched.exitCode, 0);
        const QByteArray json = kSample0;
        QCOMPARE(cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--json"), file(QStringLiteral("g.json"), json)}).exitCode, 0);

        const CliResult list = cli.run({QStringLiteral("guideline"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray all = list.json().array();
        QCOMPARE(all.size(), 3);
        for (const QJsonValue& v : all) {
            for (const char* key : {"id", "title", "publisher", "identifier", "url", "published", "updated", "notes", "created", "entries"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        }
        QCOMPARE(all[1].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Hypertension in adults"));
        QCOMPARE(all[1].toObject().value(QStringLiteral("publisher")).toString(), QStringLiteral("NICE"));
        QCOMPARE(all[1].toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://www.nice.org.uk/guidance/ng136"));
        QCOMPARE(all[2].toObject().value(QStringLiteral("identifier")).toString(), QStringLiteral("NG28"));

        verifyUserError(cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--url"), m_server.url("/missing").toString()}, {}, env()),
                        QStringLiteral("--no-fetch"));
        verifyUserError(cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--json"), file(QStringLiteral("bad.json"), "{\"title\": 3}")}),
                        QStringLiteral("\"title\" must be text"));
        QCOMPARE(cli.run({QStringLiteral("guideline"), QStringLiteral("add")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("guideline"), QStringLiteral("add"), QStringLiteral("--url"), QStringLiteral("https://a.example"),
                          QStringLiteral("--json"), QStringLiteral("x")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("guideline"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 3);
    }

    void cases()
    {
        CliRunner cli = fresh();
        const QByteArray entry = kSample1;
        const CliResult added = cli.run({QStringLiteral("add"), QStringLiteral("--json"), file(QStringLiteral("e.json"), entry)});
        QCOMPARE(added.exitCode, 0);
        const QString entryId = QString::fromUtf8(added.out).trimmed();
        const QByteArray note = QString::fromUtf8(kSample2).arg(entryId).toUtf8();
        const CliResult c = cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), file(QStringLiteral("c.json"), note)});
        QCOMPARE(c.exitCode, 0);
        const CliResult list = cli.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")});
        const QJsonObject o = list.json().array().first().toObject();
        for (const char* key : {"id", "summary", "setting", "age_band", "learning_points", "outcome", "follow_up", "entries", "created", "updated"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("entries")).toArray().first().toString(), entryId);
        // The case's summary now feeds the entry's search.
        const CliResult found = cli.run({QStringLiteral("search"), QStringLiteral("opportunistically")});
        QCOMPARE(found.exitCode, 0);
        QVERIFY2(found.out.contains(entryId.toUtf8()), found.out.constData());

        verifyUserError(cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                                 file(QStringLiteral("dob.json"), kSample3)}),
                        QStringLiteral("never holds a date of birth"));
        verifyUserError(cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                                 file(QStringLiteral("band.json"), kSample4)}),
                        QStringLiteral("age_band"));
        verifyUserError(cli.run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"),
                                 file(QStringLiteral("noentry.json"), kSample5)}),
                        QStringLiteral("no entry"));
        QCOMPARE(cli.run({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 1);
    }

    void twitterImportFindsAndChats()
    {
        CliRunner cli = fresh();
        const QString zip = twitterZip();
        const CliResult first = cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), zip, QStringLiteral("--json")}, {}, env());
        QCOMPARE(first.exitCode, 0);
        const QJsonObject s = first.json().object();
        QCOMPARE(s.value(QStringLiteral("imported")).toInt(), 3);
        QCOMPARE(s.value(QStringLiteral("duplicates")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("skipped")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("errors")).toInt(), 0);
        const QJsonObject again = cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), zip, QStringLiteral("--json")}, {}, env()).json().object();
        QCOMPARE(again.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("duplicates")).toInt(), 3);

        const QJsonArray finds = cli.run({QStringLiteral("finds"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(finds.size(), 3);
        for (const char* key : {"id", "kind", "platform", "original_id", "url", "author", "posted", "excerpt", "hashtags", "chat", "notes", "created"})
            QVERIFY2(finds.first().toObject().contains(QLatin1String(key)), key);

        const CliResult chats = cli.run({QStringLiteral("chats"), QStringLiteral("suggest"), QStringLiteral("--json")}, {}, env());
        QCOMPARE(chats.exitCode, 0);
        const QJsonArray suggestions = chats.json().array();
        QCOMPARE(suggestions.size(), 1);
        const QJsonObject chat = suggestions.first().toObject();
        QCOMPARE(chat.value(QStringLiteral("key")).toString(), QStringLiteral("wenurses@2026-03-03"));
        QCOMPARE(chat.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-03"));
        QCOMPARE(chat.value(QStringLiteral("duration_minutes")).toInt(), 50);
        QCOMPARE(chat.value(QStringLiteral("posts")).toArray().size(), 2);

        const CliResult accepted = cli.run({QStringLiteral("chats"), QStringLiteral("accept"), QStringLiteral("wenurses@2026-03-03")}, {}, env());
        QCOMPARE(accepted.exitCode, 0);
        const QString entryId = QString::fromUtf8(accepted.out).trimmed();
        const QJsonObject entry = cli.run({QStringLiteral("show"), entryId, QStringLiteral("--json")}).json().object();
        QCOMPARE(entry.value(QStringLiteral("activity")).toString(), QStringLiteral("tweet-chat"));
        QCOMPARE(entry.value(QStringLiteral("links")).toArray().size(), 2);
        QCOMPARE(cli.run({QStringLiteral("chats"), QStringLiteral("suggest"), QStringLiteral("--json")}, {}, env()).json().array().size(), 0);
        verifyUserError(cli.run({QStringLiteral("chats"), QStringLiteral("accept"), QStringLiteral("wenurses@2026-03-03")}, {}, env()),
                        QStringLiteral("no suggested chat"));
    }

    void twitterFiltersAndBadInput()
    {
        CliRunner cli = fresh();
        const QJsonObject filtered = cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), twitterZip(), QStringLiteral("--hashtag"),
                                              QStringLiteral("WeNurses"), QStringLiteral("--since"), QStringLiteral("2026-03-01"), QStringLiteral("--json")})
                                         .json()
                                         .object();
        QCOMPARE(filtered.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(filtered.value(QStringLiteral("skipped")).toInt(), 1);
        const QByteArray before = cli.run({QStringLiteral("finds"), QStringLiteral("list"), QStringLiteral("--json")}).out;

        const QString notJson = m_dir.filePath(QStringLiteral("notjson.zip"));
        QVERIFY(writeZip(notJson, {{QStringLiteral("data/tweets.js"), "window.YTD.tweets.part0 = [{"}}));
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), notJson}), QStringLiteral("not valid JSON"));
        const QString unsafe = m_dir.filePath(QStringLiteral("unsafe.zip"));
        QVERIFY(writeZip(unsafe, {{QStringLiteral("data/tweets.js"), ytd("tweets", 0, {})}, {QStringLiteral("../../x"), "x"}}));
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), unsafe}), QStringLiteral("unsafe path"));
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), file(QStringLiteral("t.zip"), "PK\x03\x04 truncated")}),
                        QStringLiteral("not a readable zip"));
        QFile huge(m_dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(qint64(500) * 1024 * 1024));
        huge.close();
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("mastodon-archive"), huge.fileName()}), QStringLiteral("larger than"));
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("bookmarks"), huge.fileName()}), QStringLiteral("larger than"));
        QFile::remove(huge.fileName());
        QCOMPARE(cli.run({QStringLiteral("finds"), QStringLiteral("list"), QStringLiteral("--json")}).out, before);

        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive"), twitterZip(), QStringLiteral("--since"), QStringLiteral("March")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("myspace"), twitterZip()}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("twitter-archive")}).exitCode, 2);
    }

    void mastodonAndBookmarks()
    {
        CliRunner cli = fresh();
        const QByteArray outbox = kSample6;
        const QString outboxFile = file(QStringLiteral("outbox.json"), outbox);
        const QJsonObject fromJson = cli.run({QStringLiteral("import"), QStringLiteral("mastodon-archive"), outboxFile, QStringLiteral("--json")}).json().object();
        QCOMPARE(fromJson.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(fromJson.value(QStringLiteral("skipped")).toInt(), 1);
        const QString zip = m_dir.filePath(QStringLiteral("mastodon.zip"));
        QVERIFY(writeZip(zip, {{QStringLiteral("outbox.json"), outbox},
                               {QStringLiteral("actor.json"), kSample7}}));
        const QJsonObject fromZip = cli.run({QStringLiteral("import"), QStringLiteral("mastodon-archive"), zip, QStringLiteral("--json")}).json().object();
        QCOMPARE(fromZip.value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(fromZip.value(QStringLiteral("duplicates")).toInt(), 2);
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("mastodon-archive"),
                                 file(QStringLiteral("badtype.json"), kSample8)}),
                        QStringLiteral("id should be text"));
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("mastodon-archive"), file(QStringLiteral("nope.json"), "not json")}),
                        QStringLiteral("not valid JSON"));

        const QByteArray bookmarks = "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>CPD</H3>\n<DL><p>\n"
                                     "<DT><A HREF=\"https://www.nice.org.uk/guidance/ng136\" ADD_DATE=\"1700000000\" TAGS=\"bp,nice\">NICE NG136 &amp; more</A>\n"
                                     "<DD>Blood pressure targets\n"
                                     "<DT><A HREF=\"javascript:void(0)\">bookmarklet</A>\n</DL><p>\n"
                                     "<DT><A HREF=\"https://www.rcn.org.uk/\">RCN</A>\n</DL>\n";
        const QString bookmarksFile = file(QStringLiteral("bookmarks.html"), bookmarks);
        const QJsonObject b = cli.run({QStringLiteral("import"), QStringLiteral("bookmarks"), bookmarksFile, QStringLiteral("--json")}).json().object();
        QCOMPARE(b.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(b.value(QStringLiteral("skipped")).toInt(), 1);
        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("bookmarks"), bookmarksFile, QStringLiteral("--json")}).json().object().value(QStringLiteral("duplicates")).toInt(), 2);
        verifyUserError(cli.run({QStringLiteral("import"), QStringLiteral("bookmarks"), file(QStringLiteral("bad.html"), "<DL><A HREF=\"https://a.example/\">caf\xE9</A>")}),
                        QStringLiteral("not valid UTF-8"));

        const QJsonArray finds = cli.run({QStringLiteral("finds"), QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(finds.size(), 4);
        bool sawBookmark = false;
        for (const QJsonValue& v : finds) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("platform")).toString() == QLatin1String("bookmark") && f.value(QStringLiteral("url")).toString().contains(QLatin1String("ng136"))) {
                sawBookmark = true;
                QCOMPARE(f.value(QStringLiteral("chat")).toString(), QStringLiteral("CPD"));
                QCOMPARE(f.value(QStringLiteral("excerpt")).toString(), QStringLiteral("NICE NG136 & more"));
                QCOMPARE(f.value(QStringLiteral("notes")).toString(), QStringLiteral("Blood pressure targets"));
                QCOMPARE(f.value(QStringLiteral("hashtags")).toArray().size(), 2);
            }
            if (f.value(QStringLiteral("kind")).toString() == QLatin1String("post"))
                QCOMPARE(f.value(QStringLiteral("hashtags")).toArray().first().toString(), QStringLiteral("AllOurHealth"));
        }
        QVERIFY(sawBookmark);
    }

    void feeds()
    {
        CliRunner cli = fresh();
        const CliResult added = cli.run({QStringLiteral("feed"), QStringLiteral("add"), m_server.url("/feed.xml").toString()}, {}, env());
        QCOMPARE(added.exitCode, 0);
        QVERIFY2(added.out.contains("New guidance: 1 items"), added.out.constData());
        verifyUserError(cli.run({QStringLiteral("feed"), QStringLiteral("add"), m_server.url("/feed.xml").toString()}, {}, env()), QStringLiteral("already follow"));
        QCOMPARE(cli.run({QStringLiteral("feed"), QStringLiteral("add"), m_server.url("/missing").toString()}, {}, env()).exitCode, 0);
        const CliResult refreshed = cli.run({QStringLiteral("feed"), QStringLiteral("refresh"), QStringLiteral("--json")}, {}, env());
        QCOMPARE(refreshed.exitCode, 0);
        const QJsonObject o = refreshed.json().object();
        QCOMPARE(o.value(QStringLiteral("new_items")).toInt(), 0);
        const QJsonArray feeds = o.value(QStringLiteral("feeds")).toArray();
        QCOMPARE(feeds.size(), 2);
        QVERIFY(feeds[0].toObject().value(QStringLiteral("error")).isNull());
        QVERIFY(feeds[1].toObject().value(QStringLiteral("error")).toString().contains(QLatin1String("404")));
        QCOMPARE(cli.run({QStringLiteral("feed"), QStringLiteral("list"), QStringLiteral("--json")}).json().array().first().toObject()
                     .value(QStringLiteral("items")).toArray().size(), 1);
        verifyUserError(cli.run({QStringLiteral("feed"), QStringLiteral("add"), QStringLiteral("file:///etc/passwd")}), QStringLiteral("only http and https"));
        QCOMPARE(cli.run({QStringLiteral("feed")}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidencecli.moc"
