#include "evidence/TweetChatGrouper.h"

#include <QTest>

using cpd::SocialFind;
using cpd::TweetChatGrouper;

class TestTweetChatGrouper : public QObject
{
    Q_OBJECT

    static SocialFind post(const QString& id, const QDateTime& t, const QStringList& tags)
    {
        SocialFind f;
        f.id = id;
        f.originalId = id;
        f.platform = QStringLiteral("x");
        f.url = QStringLiteral("https://x.com/me/status/%1").arg(id);
        f.excerpt = QStringLiteral("post %1").arg(id);
        f.posted = t;
        f.hashtags = tags;
        return f;
    }
    static TweetChatGrouper::Options utc()
    {
        TweetChatGrouper::Options o;
        o.zone = QTimeZone::utc();
        return o;
    }

private slots:
    void groupsOneEvening()
    {
        const QDate d(2026, 3, 3);
        const QList<SocialFind> finds = {
            post(QStringLiteral("1"), QDateTime(d, QTime(20, 0), Qt::UTC), {QStringLiteral("WeNurses")}),
            post(QStringLiteral("2"), QDateTime(d, QTime(20, 40), Qt::UTC), {QStringLiteral("wenurses"), QStringLiteral("sepsis")}),
            post(QStringLiteral("3"), QDateTime(d, QTime(21, 5), Qt::UTC), {QStringLiteral("WENURSES")}),
            post(QStringLiteral("4"), QDateTime(d.addDays(1), QTime(0, 30), Qt::UTC), {QStringLiteral("AllOurHealth")}), // alone
            post(QStringLiteral("5"), QDateTime(d, QTime(20, 10), Qt::UTC), {QStringLiteral("unrelated")}),
            post(QStringLiteral("6"), QDateTime(), {QStringLiteral("wenurses")}), // no time
        };
        const auto chats = TweetChatGrouper::group(finds, utc());
        QCOMPARE(chats.size(), 1);
        const auto& c = chats.first();
        QCOMPARE(c.key, QStringLiteral("wenurses@2026-03-03"));
        QCOMPARE(c.hashtag, QStringLiteral("wenurses"));
        QCOMPARE(c.date, d);
        QCOMPARE(c.posts.size(), 3);
        QCOMPARE(c.durationMinutes(), 65);
        QCOMPARE(c.hours(), 1.25);
        const cpd::Entry e = c.toEntry();
        QCOMPARE(e.activity, QStringLiteral("tweet-chat"));
        QCOMPARE(e.participatoryHours, 1.25);
        QCOMPARE(e.links.size(), 3);
        QCOMPARE(e.date, d);
    }

    void pastMidnightStaysOnItsEvening()
    {
        const QDate d(2026, 5, 12);
        const auto chats = TweetChatGrouper::group({post(QStringLiteral("1"), QDateTime(d, QTime(23, 30), Qt::UTC), {QStringLiteral("WeLearn")}),
                                                    post(QStringLiteral("2"), QDateTime(d.addDays(1), QTime(0, 20), Qt::UTC), {QStringLiteral("welearn")})},
                                                   utc());
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats.first().date, d);
        QCOMPARE(chats.first().hashtag, QStringLiteral("WeLearn"));
    }

    void separateSessionsSameDay()
    {
        const QDate d(2026, 5, 12);
        const auto chats = TweetChatGrouper::group({post(QStringLiteral("1"), QDateTime(d, QTime(12, 0), Qt::UTC), {QStringLiteral("wenurses")}),
                                                    post(QStringLiteral("2"), QDateTime(d, QTime(12, 30), Qt::UTC), {QStringLiteral("wenurses")}),
                                                    post(QStringLiteral("3"), QDateTime(d, QTime(20, 0), Qt::UTC), {QStringLiteral("wenurses")}),
                                                    post(QStringLiteral("4"), QDateTime(d, QTime(20, 50), Qt::UTC), {QStringLiteral("wenurses")})},
                                                   utc());
        QCOMPARE(chats.size(), 2);
        QCOMPARE(chats[0].key, QStringLiteral("wenurses@2026-05-12#2")); // newest first
        QCOMPARE(chats[1].key, QStringLiteral("wenurses@2026-05-12"));
    }

    void localTimeDecidesTheEvening()
    {
        TweetChatGrouper::Options o;
        o.zone = QTimeZone("Europe/London");
        QVERIFY(o.zone.isValid());
        // 03:30 UTC in June is 04:30 BST: the next day's "evening" has begun (04:00 cut-over).
        const QDate d(2026, 6, 10);
        const auto chats = TweetChatGrouper::group({post(QStringLiteral("1"), QDateTime(d, QTime(19, 0), Qt::UTC), {QStringLiteral("wenurses")}),
                                                    post(QStringLiteral("2"), QDateTime(d, QTime(19, 45), Qt::UTC), {QStringLiteral("wenurses")})},
                                                   o);
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats.first().start.time(), QTime(20, 0));
    }
};

QTEST_GUILESS_MAIN(TestTweetChatGrouper)
#include "tst_tweetchatgrouper.moc"
