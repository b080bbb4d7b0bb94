#include "TestJournal.h"

#include "evidence/CaseNoteRepository.h"
#include "evidence/EvidenceLinker.h"
#include "evidence/FeedRepository.h"
#include "evidence/GuidelineRepository.h"
#include "evidence/SocialFindRepository.h"
#include "journal/EntryRepository.h"
#include "privacy/IdentifierCheck.h"
#include "search/EntrySearch.h"

#include <QTest>

using namespace cpd;
using cpd::test::TestJournal;

namespace {

// Stands in for the confidentiality scanner: flags anything that looks like an NHS number.
class FakeScanner final : public IdentifierCheck
{
public:
    QList<IdentifierFinding> check(const QStringList& texts) const override
    {
        QList<IdentifierFinding> out;
        for (const QString& t : texts) {
            if (t.contains(QLatin1String("943 476 5919")))
                out.append({QStringLiteral("nhs-number"), QStringLiteral("943 476 5919")});
        }
        ++calls;
        return out;
    }
    mutable int calls = 0;
};

} // namespace

class TestEvidenceRepositories : public QObject
{
    Q_OBJECT

private slots:
    void caseNotesPassTheIdentifierCheck()
    {
        TestJournal j;
        FakeScanner scanner;
        CaseNoteRepository cases(*j.db, j.clock, scanner);
        CaseNote note;
        note.summary = QStringLiteral("Patient 943 476 5919 had a missed sepsis screen");
        note.ageBand = QStringLiteral("40-64");
        auto refused = cases.add(note);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("nhs-number")), qPrintable(refused.error().message));
        QCOMPARE(scanner.calls, 1);
        QCOMPARE(cases.list()->size(), 0);

        note.summary = QStringLiteral("A missed sepsis screen in a young adult");
        auto added = cases.add(note);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        note = *added;
        note.learningPoints = QStringLiteral("Call back 943 476 5919");
        QVERIFY(!cases.update(note)); // updates are checked too
        QCOMPARE(cases.get(note.id)->learningPoints, QString());

        note.ageBand = QStringLiteral("1950-01-01");
        QVERIFY(!CaseNoteRepository(*j.db, j.clock, IdentifierCheck::none()).update(note));
    }

    void linkingFeedsTheEntrysSearch()
    {
        TestJournal j;
        EntryRepository entries(*j.db, j.clock);
        auto entry = entries.add(TestJournal::sampleEntry(QStringLiteral("Team meeting")));
        QVERIFY(entry);
        auto g = GuidelineRepository(*j.db, j.clock).add(Guideline{{}, QStringLiteral("Bronchiolitis in children"), QStringLiteral("NICE"),
                                                                   QStringLiteral("NG9"), QStringLiteral("https://www.nice.org.uk/guidance/ng9"),
                                                                   {}, {}, {}, {}, {}});
        QVERIFY(g);
        EvidenceLinker linker(*j.db, j.clock);
        QVERIFY(linker.linkGuideline(entry->id, g->id));
        QVERIFY(linker.linkGuideline(entry->id, g->id)); // twice is once
        const Entry stored = *entries.get(entry->id);
        QCOMPARE(std::count_if(stored.links.cbegin(), stored.links.cend(), [](const Link& l) { return l.kind == QLatin1String("guideline"); }), 2);
        QCOMPARE(GuidelineRepository(*j.db, j.clock).get(g->id)->entryIds, QStringList{entry->id});
        auto hits = EntrySearch(*j.db).search(QStringLiteral("bronchiolitis"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 1);
        QVERIFY(!linker.linkGuideline(QStringLiteral("nope"), g->id));
        QVERIFY(!linker.linkGuideline(entry->id, QStringLiteral("nope")));
    }

    void quickCapture()
    {
        const SocialFind x = SocialFind::capture(QStringLiteral("Great #WeNurses chat https://x.com/WeNurses/status/123456, thanks!"));
        QCOMPARE(x.platform, QStringLiteral("x"));
        QCOMPARE(x.url, QStringLiteral("https://x.com/WeNurses/status/123456"));
        QCOMPARE(x.author, QStringLiteral("@WeNurses"));
        QCOMPARE(x.hashtags, QStringList{QStringLiteral("WeNurses")});
        QCOMPARE(SocialFind::capture(QStringLiteral("https://mastodon.social/@jo/11223344")).platform, QStringLiteral("mastodon"));
        const SocialFind text = SocialFind::capture(QStringLiteral("Remember to read the #AllOurHealth alcohol page"));
        QCOMPARE(text.platform, QStringLiteral("web"));
        QVERIFY(text.url.isEmpty());
        QCOMPARE(SocialFind::hashtagsIn(QStringLiteral("a#b #1 #c_d #C_D &#39; #e")), (QStringList{QStringLiteral("c_d"), QStringLiteral("e")}));

        TestJournal j;
        SocialFindRepository finds(*j.db, j.clock);
        QVERIFY(finds.add(x));
        QVERIFY(finds.add(x)); // captures have no original id, so they never clash
        QVERIFY(!finds.add(SocialFind{}));
        QCOMPARE(*finds.count(), 2);
    }

    void feedRefreshIsIdempotent()
    {
        TestJournal j;
        FeedRepository feeds(*j.db, j.clock);
        auto feed = feeds.add(QStringLiteral("https://www.nice.org.uk/feed.xml"));
        QVERIFY(feed);
        QVERIFY(!feeds.add(QStringLiteral("https://www.nice.org.uk/feed.xml")));
        QVERIFY(!feeds.add(QStringLiteral("ftp://x.example/feed")));
        FeedParser::Parsed parsed;
        parsed.title = QStringLiteral("NICE");
        parsed.items = {FeedItem{{}, {}, QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("https://a.example"), {}, {}},
                        FeedItem{{}, {}, QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("https://b.example"), {}, {}}};
        QCOMPARE(*feeds.storeRefresh(feed->id, parsed), 2);
        QCOMPARE(*feeds.storeRefresh(feed->id, parsed), 0);
        QCOMPARE(feeds.items(feed->id)->size(), 2);
        QCOMPARE(feeds.get(feed->id)->title, QStringLiteral("NICE"));
        QVERIFY(feeds.remove(feed->id));
        QCOMPARE(feeds.list()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEvidenceRepositories)
#include "tst_evidencerepositories.moc"
