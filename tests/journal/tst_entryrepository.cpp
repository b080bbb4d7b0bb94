#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "storage/Sql.h"

#include <QSqlQuery>
#include <QTest>

using namespace cpd;
using cpd::test::TestJournal;

class TestEntryRepository : public QObject
{
    Q_OBJECT

private slots:
    void addThenGetGivesTheSameEntry()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry e = TestJournal::sampleEntry();
        e.extra.insert(QStringLiteral("x_source"), QStringLiteral("portfolio"));
        auto added = repo.add(e);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QVERIFY(!added->id.isEmpty());
        QCOMPARE(added->created, j.clock.now());
        auto got = repo.get(added->id);
        QVERIFY(got);
        QCOMPARE(*got, *added);
        QCOMPARE(got->extra.value(QStringLiteral("x_source")).toString(), QStringLiteral("portfolio"));
    }

    void invalidEntriesAreRefusedAndNothingIsStored()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry good = TestJournal::sampleEntry();
        Entry bad = TestJournal::sampleEntry(QStringLiteral("Bad"));
        bad.participatoryHours = 9;
        auto added = repo.addMany({good, bad});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("participatory_hours")), qPrintable(added.error().message));
        QCOMPARE(*repo.count(), 0);
    }

    void aDuplicateIdRollsBackTheWholeBatch()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        auto first = repo.add(TestJournal::sampleEntry());
        QVERIFY(first);
        Entry fresh = TestJournal::sampleEntry(QStringLiteral("Fresh"));
        Entry clash = TestJournal::sampleEntry(QStringLiteral("Clash"));
        clash.id = first->id;
        auto added = repo.addMany({fresh, clash});
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QStringLiteral("already in the journal")));
        QCOMPARE(*repo.count(), 1);
        // The search index was rolled back with the rows.
        auto fts = Sql::scalar(j.db->connection(), QStringLiteral("SELECT count(*) FROM entry_fts"), QStringLiteral("count"));
        QCOMPARE(fts->toInt(), 1);
    }

    void updateReplacesChildrenAndStampsUpdated()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        auto added = repo.add(TestJournal::sampleEntry());
        QVERIFY(added);
        Entry changed = *added;
        changed.title = QStringLiteral("Asthma update, revised");
        changed.tags = {QStringLiteral("inhalers")};
        changed.links.clear();
        changed.topics = {{QStringLiteral("smoking-and-tobacco"), QStringLiteral("family")}};
        j.clock.advanceSecs(3600);
        auto updated = repo.update(changed);
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        auto got = repo.get(added->id);
        QCOMPARE(got->title, QStringLiteral("Asthma update, revised"));
        QCOMPARE(got->tags, QStringList{QStringLiteral("inhalers")});
        QVERIFY(got->links.isEmpty());
        QCOMPARE(got->topics.size(), 1);
        QCOMPARE(got->created, added->created);
        QCOMPARE(got->updated, added->created.addSecs(3600));
        Entry ghost = changed;
        ghost.id = QStringLiteral("7d0e4b8e-1111-4222-8333-944455556666");
        QVERIFY(!repo.update(ghost));
    }

    void trashRestoreAndPurge()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        auto a = repo.add(TestJournal::sampleEntry(QStringLiteral("Keep")));
        auto b = repo.add(TestJournal::sampleEntry(QStringLiteral("Bin")));
        QVERIFY(a && b);
        QVERIFY(!repo.purge(b->id)); // purge only what is in the trash
        QVERIFY(repo.moveToTrash(b->id));
        QCOMPARE(*repo.count(), 1);
        EntryFilter trash;
        trash.place = EntryFilter::Place::Trash;
        QCOMPARE(*repo.count(trash), 1);
        QVERIFY(!repo.moveToTrash(b->id));
        QVERIFY(repo.restore(b->id));
        QCOMPARE(*repo.count(), 2);
        QVERIFY(!repo.restore(b->id));
        QVERIFY(repo.moveToTrash(b->id));
        QVERIFY(repo.purge(b->id));
        QVERIFY(!repo.get(b->id));
        QCOMPARE(*repo.count(trash), 0);
        auto orphans = Sql::scalar(j.db->connection(),
                                   QStringLiteral("SELECT count(*) FROM entry_tags WHERE entry_id = ?"),
                                   QStringLiteral("count"), {b->id});
        QCOMPARE(orphans->toInt(), 0);
        auto error = repo.restore(QStringLiteral("00000000-0000-4000-8000-000000000000"));
        QVERIFY(!error);
        QVERIFY(error.error().message.contains(QStringLiteral("There is no entry")));
    }

    void filtersAndPaging()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QList<Entry> entries;
        for (int i = 0; i < 30; ++i) {
            Entry e = TestJournal::sampleEntry(QStringLiteral("Entry %1").arg(i));
            e.date = QDate(2025, 1, 1).addDays(i * 10);
            e.activity = i % 3 == 0 ? QStringLiteral("reading") : QStringLiteral("course");
            if (i % 3 == 0)
                e.participatoryHours = 0;
            e.status = i % 2 ? QStringLiteral("final") : QStringLiteral("draft");
            e.tags = {i % 5 == 0 ? QStringLiteral("diabetes") : QStringLiteral("asthma")};
            e.topics = {{i % 4 == 0 ? QStringLiteral("alcohol") : QStringLiteral("air-pollution"),
                         i % 8 == 0 ? QStringLiteral("population") : QStringLiteral("individual")}};
            entries << e;
        }
        QVERIFY(repo.addMany(entries));
        auto page = repo.summaries({}, 0, 10);
        QCOMPARE(page->size(), 10);
        QCOMPARE(page->first().title, QStringLiteral("Entry 29")); // newest first
        auto last = repo.summaries({}, 25, 10);
        QCOMPARE(last->size(), 5);
        QCOMPARE(last->last().title, QStringLiteral("Entry 0"));

        EntryFilter f;
        f.activity = QStringLiteral("reading");
        QCOMPARE(*repo.count(f), 10);
        f = {};
        f.status = QStringLiteral("draft");
        QCOMPARE(*repo.count(f), 15);
        f = {};
        f.tag = QStringLiteral("DIABETES"); // tags match without regard to case
        QCOMPARE(*repo.count(f), 6);
        f = {};
        f.from = QDate(2025, 1, 11);
        f.to = QDate(2025, 1, 31);
        QCOMPARE(*repo.count(f), 3); // days 10, 20, 30
        f = {};
        f.topicId = QStringLiteral("alcohol");
        QCOMPARE(*repo.count(f), 8);
        f.topicLevel = QStringLiteral("population");
        QCOMPARE(*repo.count(f), 4);
        auto tags = repo.allTags();
        QCOMPARE(*tags, (QStringList{QStringLiteral("asthma"), QStringLiteral("diabetes")}));
    }

    void anEntrySpanningTheStartOfAPeriodCountsInIt()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry e = TestJournal::sampleEntry();
        e.date = QDate(2025, 3, 30);
        e.endDate = QDate(2025, 4, 2);
        QVERIFY(repo.add(e));
        EntryFilter april;
        april.from = QDate(2025, 4, 1);
        april.to = QDate(2025, 4, 30);
        QCOMPARE(*repo.count(april), 1);
        EntryFilter may;
        may.from = QDate(2025, 5, 1);
        QCOMPARE(*repo.count(may), 0);
    }

    void wholeEntriesLoadWithTheirChildren()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QList<Entry> entries;
        for (int i = 0; i < 5; ++i) {
            Entry e = TestJournal::sampleEntry(QStringLiteral("E%1").arg(i));
            e.tags = {QStringLiteral("t%1").arg(i), QStringLiteral("shared")};
            entries << e;
        }
        auto added = repo.addMany(entries);
        QVERIFY(added);
        auto all = repo.entries();
        QCOMPARE(all->size(), 5);
        for (const Entry& e : *all) {
            auto single = repo.get(e.id);
            QCOMPARE(e, *single);
            QCOMPARE(e.tags.size(), 2);
            QCOMPARE(e.links.size(), 1);
        }
    }

    // allTags hops through the tag index; it must give what DISTINCT over every row gave: each tag
    // once whatever its case (the first spelling in the index on a live entry), none only in the trash.
    void tagsAreListedOnceEachWithoutThoseOnlyInTheTrash()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        const QList<QStringList> tagSets = {
            {QStringLiteral("Asthma"), QStringLiteral("zinc")},
            {QStringLiteral("asthma"), QStringLiteral("Only in trash"), QStringLiteral("ZINC")},
            {QStringLiteral("ASTHMA"), QStringLiteral("beta")},
            {QStringLiteral("Beta"), QStringLiteral("only in trash")},
            {QStringLiteral("copd"), QStringLiteral("Asthma")},
            {QStringLiteral("Trashed spelling"), QStringLiteral("a")},
            {QStringLiteral("trashed SPELLING")},
        };
        QList<Entry> entries;
        for (const QStringList& tags : tagSets) {
            Entry e = TestJournal::sampleEntry(tags.join(QLatin1Char(' ')));
            e.tags = tags;
            entries << e;
        }
        auto added = repo.addMany(entries);
        QVERIFY(added);
        QVERIFY(repo.moveToTrash(added->at(1).id));
        QVERIFY(repo.moveToTrash(added->at(3).id));
        QVERIFY(repo.moveToTrash(added->at(5).id));

        auto tags = repo.allTags();
        QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message));
        QSqlQuery q(j.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT tag FROM entry_tags WHERE entry_id NOT IN "
                                      "(SELECT id FROM entries WHERE deleted_at IS NOT NULL) ORDER BY tag COLLATE NOCASE")));
        QStringList distinct;
        while (q.next())
            distinct << q.value(0).toString();
        QCOMPARE(*tags, distinct);
        QStringList folded;
        for (const QString& t : std::as_const(*tags))
            folded << t.toLower();
        QCOMPARE(folded, (QStringList{QStringLiteral("asthma"), QStringLiteral("beta"), QStringLiteral("copd"),
                                      QStringLiteral("trashed spelling"), QStringLiteral("zinc")}));
        QCOMPARE(tags->at(4), QStringLiteral("zinc"));
        QCOMPARE(tags->at(3), QStringLiteral("trashed SPELLING")); // the live entry's spelling

        QVERIFY(repo.moveToTrash(added->at(6).id));
        QVERIFY(!repo.allTags()->contains(QStringLiteral("trashed SPELLING"), Qt::CaseInsensitive));
        QCOMPARE(*repo.count(), 3);
        EntryFilter trash;
        trash.place = EntryFilter::Place::Trash;
        QCOMPARE(*repo.count(trash), 4);
        QVERIFY(repo.purge(added->at(6).id));
        QVERIFY(repo.emptyTrash());
        QCOMPARE(repo.allTags()->size(), 4); // asthma, beta, copd, zinc
    }
};

QTEST_GUILESS_MAIN(TestEntryRepository)
#include "tst_entryrepository.moc"
