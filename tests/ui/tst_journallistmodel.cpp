#include "TestJournal.h"

#include "journal/EntryRepository.h"
#include "journal/JournalListModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace cpd;

class TestJournalListModel : public QObject
{
    Q_OBJECT

private:
    static QList<Entry> manyEntries(int n)
    {
        QList<Entry> out;
        for (int i = 0; i < n; ++i) {
            Entry e = test::TestJournal::sampleEntry(QStringLiteral("Entry %1").arg(i, 4, 10, QLatin1Char('0')));
            e.date = QDate(2024, 1, 1).addDays(i); // entry i is the (n-1-i)th row, newest first
            e.activity = i % 3 == 0 ? QStringLiteral("reading") : QStringLiteral("course");
            e.status = i % 2 == 0 ? QStringLiteral("final") : QStringLiteral("draft");
            e.tags = {i % 5 == 0 ? QStringLiteral("five") : QStringLiteral("other")};
            out << e;
        }
        return out;
    }

private slots:
    void emptyJournal()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        JournalListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(JournalListModel::ColumnCount));
        QCOMPARE(model.headerData(JournalListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
    }

    void pagesAreFetchedOnDemand()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.addMany(manyEntries(1000)).has_value());
        JournalListModel model(repo);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.pagesFetched(), 0); // counting loads no rows

        QCOMPARE(model.index(0, JournalListModel::TitleColumn).data().toString(), QStringLiteral("Entry 0999"));
        QCOMPARE(model.pagesFetched(), 1);
        QCOMPARE(model.index(JournalListModel::kPageSize - 1, JournalListModel::TitleColumn).data().toString(),
                 QStringLiteral("Entry %1").arg(999 - JournalListModel::kPageSize + 1, 4, 10, QLatin1Char('0')));
        QCOMPARE(model.pagesFetched(), 1); // same page, from the cache
        QCOMPARE(model.index(999, JournalListModel::TitleColumn).data().toString(), QStringLiteral("Entry 0000"));
        QCOMPARE(model.pagesFetched(), 2);

        // Walking the whole list keeps only a few pages in memory.
        for (int row = 0; row < model.rowCount(); row += 50)
            QVERIFY(!model.idAt(row).isEmpty());
        QVERIFY(model.cachedPages() <= JournalListModel::kMaxCachedPages);

        QCOMPARE(model.index(0, JournalListModel::DateColumn).data().toString(),
                 QLocale().toString(QDate(2024, 1, 1).addDays(999), QLocale::ShortFormat));
        QCOMPARE(model.index(0, JournalListModel::ActivityColumn).data().toString(), QStringLiteral("Reading"));
        QCOMPARE(model.index(0, JournalListModel::HoursColumn).data().toString(), QStringLiteral("3"));
        // Topic titles from the catalogue, not ids; an id the catalogue lacks is shown as unknown.
        QCOMPARE(model.index(0, JournalListModel::TopicsColumn).data().toString(), QStringLiteral("Air pollution"));
        QCOMPARE(model.topicTitles({QStringLiteral("smoking-and-tobacco"), QStringLiteral("retired-topic")}),
                 QStringLiteral("Smoking and tobacco, Unknown topic (retired-topic)"));
        QCOMPARE(model.index(0, JournalListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
        QCOMPARE(model.index(1, JournalListModel::StatusColumn).data().toString(), QStringLiteral("Final"));
        QVERIFY(model.index(0, JournalListModel::StatusColumn).data(Qt::FontRole).value<QFont>().italic());
    }

    void wholeModelPassesTheTester()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.addMany(manyEntries(450)).has_value());
        JournalListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EntryFilter reading;
        reading.activity = QStringLiteral("reading");
        model.setFilter(reading);
        QCOMPARE(model.rowCount(), 150);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 450);
    }

    void filtersNarrowTheList_data()
    {
        QTest::addColumn<QString>("activity");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("rows");
        QTest::newRow("none") << QString() << QString() << QString() << QDate() << QDate() << 30;
        QTest::newRow("activity") << QStringLiteral("reading") << QString() << QString() << QDate() << QDate() << 10;
        QTest::newRow("status") << QString() << QStringLiteral("draft") << QString() << QDate() << QDate() << 15;
        QTest::newRow("tag") << QString() << QString() << QStringLiteral("five") << QDate() << QDate() << 6;
        QTest::newRow("dates") << QString() << QString() << QString() << QDate(2024, 1, 1) << QDate(2024, 1, 10) << 10;
        QTest::newRow("combined") << QStringLiteral("reading") << QStringLiteral("final") << QString() << QDate()
                                  << QDate() << 5;
    }

    void filtersNarrowTheList()
    {
        QFETCH(QString, activity);
        QFETCH(QString, status);
        QFETCH(QString, tag);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, rows);
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.addMany(manyEntries(30)).has_value());
        JournalListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EntryFilter f;
        f.activity = activity;
        f.status = status;
        f.tag = tag;
        f.from = from;
        f.to = to;
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(reset.count(), f == EntryFilter{} ? 0 : 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!activity.isEmpty())
                QCOMPARE(model.index(row, JournalListModel::ActivityColumn).data().toString(), QStringLiteral("Reading"));
            if (!status.isEmpty())
                QCOMPARE(model.index(row, 0).data(JournalListModel::StatusRole).toString(), status);
        }
    }

    void refreshFollowsChanges()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.addMany(manyEntries(5)).has_value());
        JournalListModel model(repo);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const QString firstId = model.idAt(0);

        // An edit that keeps the shape repaints rows without a reset (selection survives).
        Entry e = *repo.get(firstId);
        e.title = QStringLiteral("Renamed");
        QVERIFY(repo.update(e).has_value());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, JournalListModel::TitleColumn).data().toString(), QStringLiteral("Renamed"));

        // A new entry, then a trashed one, change the row count.
        Entry newer = test::TestJournal::sampleEntry(QStringLiteral("Newest"));
        newer.date = QDate(2030, 1, 1);
        QVERIFY(repo.add(newer).has_value());
        model.refresh();
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, JournalListModel::TitleColumn).data().toString(), QStringLiteral("Newest"));
        QCOMPARE(model.cachedRowOf(firstId), 1);
        QVERIFY(repo.moveToTrash(firstId).has_value());
        model.refresh();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.cachedRowOf(firstId), -1);

        JournalListModel trash(repo);
        EntryFilter t;
        t.place = EntryFilter::Place::Trash;
        trash.setFilter(t);
        QCOMPARE(trash.rowCount(), 1);
        QCOMPARE(trash.idAt(0), firstId);
    }

    // Pages are read on from the nearest known row, or backwards from the end: whatever order rows
    // are asked for in, each is the row the whole list, read from the top, has there. Many entries
    // share a date (and in the trash a deletion time), so ties are broken across page boundaries.
    void rowsAreTheSameWhateverOrderPagesAreReadIn_data()
    {
        QTest::addColumn<int>("place");
        QTest::addColumn<QString>("activity");
        QTest::newRow("journal") << int(EntryFilter::Place::Journal) << QString();
        QTest::newRow("filtered") << int(EntryFilter::Place::Journal) << QStringLiteral("reading");
        QTest::newRow("trash") << int(EntryFilter::Place::Trash) << QString();
    }

    void rowsAreTheSameWhateverOrderPagesAreReadIn()
    {
        QFETCH(int, place);
        QFETCH(QString, activity);
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QList<Entry> entries = manyEntries(2600);
        for (int i = 0; i < entries.size(); ++i)
            entries[i].date = QDate(2024, 1, 1).addDays((i * 7) % 23); // about 100 entries a day, out of order
        auto added = repo.addMany(entries);
        QVERIFY(added.has_value());
        for (int i = 1; i < added->size(); i += 5)
            QVERIFY(repo.moveToTrash(added->at(i).id).has_value()); // all at the same time
        EntryFilter filter;
        filter.place = EntryFilter::Place(place);
        filter.activity = activity;
        const auto all = repo.summaries(filter, 0, 100000);
        QVERIFY(all.has_value());
        QVERIFY(all->size() > 2 * JournalListModel::kPageSize);

        const int n = int(all->size());
        QList<QList<int>> orders;
        QList<int> down, up, jumps;
        for (int row = 0; row < n; row += 37)
            down << row;
        for (int row = n - 1; row >= 0; row -= 41)
            up << row;
        const int page = JournalListModel::kPageSize;
        for (const int row : {n - 1, 0, n / 2, n / 2 - page, n - 1 - 2 * page, page * 2 + 5, n / 2 + page + 1, n - 2, 1})
            jumps << std::clamp(row, 0, n - 1);
        for (int k = 0, row = 7; k < 60; ++k, row = (row * 7919 + 104729) % n)
            jumps << row;
        orders << down << up << jumps;
        for (const QList<int>& order : std::as_const(orders)) {
            JournalListModel model(repo);
            model.setFilter(filter);
            QCOMPARE(model.rowCount(), n);
            for (const int row : order)
                QCOMPARE(model.idAt(row), all->at(row).id);
            // Every row, after the cache holds whatever pages that order left in it.
            for (int row = 0; row < n; ++row)
                QCOMPARE(model.idAt(row), all->at(row).id);
        }
    }
};

QTEST_MAIN(TestJournalListModel)
#include "tst_journallistmodel.moc"
