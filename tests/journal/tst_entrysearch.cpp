#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "search/EntrySearch.h"

#include <QTest>

using namespace cpd;
using cpd::test::TestJournal;

class TestEntrySearch : public QObject
{
    Q_OBJECT

    static Entry entry(const QString& title, const QString& text, const QStringList& tags = {})
    {
        Entry e;
        e.title = title;
        e.date = QDate(2025, 5, 5);
        e.activity = QStringLiteral("reading");
        e.hours = 1;
        e.reflection.insert(QStringLiteral("text"), text);
        e.tags = tags;
        return e;
    }

    void fill(EntryRepository& repo)
    {
        QVERIFY(repo.addMany({
            entry(QStringLiteral("Hypertension in adults"), QStringLiteral("Reviewed NG136 and the new thresholds for ambulatory blood pressure monitoring.")),
            entry(QStringLiteral("Wound care study day"), QStringLiteral("Leg ulcer assessment; hypertension came up briefly when discussing compression."), {QStringLiteral("tissue-viability")}),
            entry(QStringLiteral("Childhood vaccinations"), QStringLiteral("Catch-up schedules for MMR and the vaccine hesitancy conversation.")),
            entry(QStringLiteral("Café de Paris reflective practice"), QStringLiteral("Smoking cessation and nicotine replacement therapy in pregnancy.")),
        }));
    }

private slots:
    void titleMatchesRankAboveBodyMatches()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        fill(repo);
        auto hits = EntrySearch(*j.db).search(QStringLiteral("hypertension"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).title, QStringLiteral("Hypertension in adults"));
        QVERIFY(hits->at(0).rank <= hits->at(1).rank);
        QVERIFY2(hits->at(1).snippetMarked(QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[hypertension]")),
                 qPrintable(hits->at(1).snippet));
        QVERIFY(hits->at(1).snippetHtml().contains(QStringLiteral("<b>hypertension</b>")));
    }

    void everyWordMustMatchAndWordFormsAreFound()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        fill(repo);
        EntrySearch search(*j.db);
        QCOMPARE(search.search(QStringLiteral("hypertension ulcer"))->size(), 1);
        QCOMPARE(search.search(QStringLiteral("vaccines"))->size(), 1); // stems: vaccine, vaccinations
        QCOMPARE(search.search(QStringLiteral("hyper*"))->size(), 2);
        QCOMPARE(search.search(QStringLiteral("\"blood pressure\""))->size(), 1);
        QCOMPARE(search.search(QStringLiteral("\"pressure blood\""))->size(), 0);
        QCOMPARE(search.search(QStringLiteral("cafe"))->size(), 1); // diacritics folded
        QCOMPARE(search.search(QStringLiteral("tissue-viability"))->size(), 1); // tags are searched
    }

    void nothingAPersonTypesIsAnError_data()
    {
        QTest::addColumn<QString>("query");
        for (const char* q : {"\"", "\"\"", "AND", "OR NOT", "NEAR(a b)", "*", "-", "'", "a:b", "(", ")", "^x",
                              "title:hyper", "{x}", "💉", "   ", "NG136 OR"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void nothingAPersonTypesIsAnError()
    {
        QFETCH(QString, query);
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        fill(repo);
        auto hits = EntrySearch(*j.db).search(query);
        QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    }

    void trashedEntriesAreNotFoundAndUpdatesAreReindexed()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        auto added = repo.add(entry(QStringLiteral("Sepsis"), QStringLiteral("NEWS2 scoring and escalation.")));
        QVERIFY(added);
        EntrySearch search(*j.db);
        QCOMPARE(search.search(QStringLiteral("NEWS2"))->size(), 1);
        QVERIFY(repo.moveToTrash(added->id));
        QCOMPARE(search.search(QStringLiteral("NEWS2"))->size(), 0);
        EntryFilter trash;
        trash.place = EntryFilter::Place::Trash;
        QCOMPARE(search.search(QStringLiteral("NEWS2"), 10, trash)->size(), 1);
        QVERIFY(repo.restore(added->id));
        Entry changed = *added;
        changed.reflection[QStringLiteral("text")] = QStringLiteral("qSOFA instead.");
        QVERIFY(repo.update(changed));
        QCOMPARE(search.search(QStringLiteral("NEWS2"))->size(), 0);
        QCOMPARE(search.search(QStringLiteral("qSOFA"))->size(), 1);
    }

    void filtersNarrowSearchResults()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry a = entry(QStringLiteral("Asthma A"), QStringLiteral("inhaler technique"));
        Entry b = entry(QStringLiteral("Asthma B"), QStringLiteral("inhaler technique"));
        b.activity = QStringLiteral("course");
        b.date = QDate(2024, 1, 1);
        QVERIFY(repo.addMany({a, b}));
        EntryFilter f;
        f.activity = QStringLiteral("course");
        auto hits = EntrySearch(*j.db).search(QStringLiteral("inhaler"), 10, f);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().title, QStringLiteral("Asthma B"));
        QCOMPARE(EntrySearch(*j.db).search(QStringLiteral("inhaler"), 1)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEntrySearch)
#include "tst_entrysearch.moc"
