// The whole-journal JSON: lossless round trip, refusal of clashes, bad files change nothing.
#include "ExportFixture.h"
#include "TestJournal.h"
#include "export/JournalJson.h"
#include "journal/EntryRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TestJournalJson : public QObject
{
    Q_OBJECT

private:
    static QByteArray exported(Database& db)
    {
        auto json = JournalJson::exportJournal(db);
        if (!json)
            qFatal("export failed: %s", qPrintable(json.error().message));
        return QJsonDocument(*json).toJson(QJsonDocument::Indented);
    }

private slots:
    void roundTripIsIdentical()
    {
        TestJournal source;
        fillNmcJournal(*source.db, source.clock);
        const QByteArray first = exported(*source.db);
        const QJsonObject o = QJsonDocument::fromJson(first).object();
        QCOMPARE(o.value(QStringLiteral("entries")).toArray().size(), 8);
        QCOMPARE(o.value(QStringLiteral("trash")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("records")).toArray().size(), 3);
        QVERIFY(o.value(QStringLiteral("profile")).isObject());
        QCOMPARE(o.value(QStringLiteral("tables")).toObject().value(QStringLiteral("guidelines")).toArray().size(), 1);

        TestJournal target;
        target.clock.advanceSecs(86400 * 40); // a later day: nothing may be restamped
        auto counts = JournalJson::importJournal(*target.db, target.clock, first);
        QVERIFY2(counts, counts ? "" : qPrintable(counts.error().message));
        QCOMPARE(counts->entries, 8);
        QCOMPARE(counts->trashed, 1);
        QCOMPARE(counts->records, 3);
        QVERIFY(counts->profile);
        QCOMPARE(counts->rows, 6);
        const QByteArray second = exported(*target.db);
        QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));

        // The restored journal works: the entries are searchable and their links and topics are back.
        EntryRepository repo(*target.db, target.clock);
        auto e = repo.get(fixedId(1));
        QVERIFY(e);
        QCOMPARE(e->links.size(), 1);
        QCOMPARE(e->topics.size(), 1);
        const QString search = QStringLiteral("SELECT group_concat(e.id) FROM entry_fts JOIN entries e ON e.seq = entry_fts.rowid "
                                              "WHERE entry_fts MATCH 'spacers OR carer'");
        auto hits = Sql::scalar(target.db->connection(), search, QStringLiteral("search"));
        auto expected = Sql::scalar(source.db->connection(), search, QStringLiteral("search"));
        QVERIFY(hits && expected);
        QVERIFY(!hits->toString().isEmpty());
        QCOMPARE(hits->toString(), expected->toString());
    }

    void importRefusesWhatIsAlreadyThere()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const QByteArray before = exported(*j.db);
        auto again = JournalJson::importJournal(*j.db, j.clock, before);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("Nothing was imported")), qPrintable(again.error().message));
        QVERIFY(again.error().message.contains(fixedId(1)));
        QCOMPARE(exported(*j.db), before);
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("mutation");
        QTest::newRow("not json") << QByteArray("not json");
        QTest::newRow("wrong format") << QByteArray("format");
        QTest::newRow("newer version") << QByteArray("version");
        QTest::newRow("bad entry among good") << QByteArray("entry");
        QTest::newRow("bad record") << QByteArray("record");
        QTest::newRow("unknown table") << QByteArray("table");
        QTest::newRow("unknown column") << QByteArray("column");
        QTest::newRow("dangling evidence link") << QByteArray("dangling");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, mutation);
        TestJournal source;
        fillNmcJournal(*source.db, source.clock);
        QJsonObject o = QJsonDocument::fromJson(exported(*source.db)).object();
        QByteArray bytes;
        if (mutation == "not json") {
            bytes = "{\"format\": \"cpdjournal-journal\", ";
        } else {
            if (mutation == "format")
                o.insert(QStringLiteral("format"), QStringLiteral("something-else"));
            if (mutation == "version")
                o.insert(QStringLiteral("version"), 99);
            if (mutation == "entry") {
                QJsonArray a = o.value(QStringLiteral("entries")).toArray();
                QJsonObject bad = a.at(2).toObject();
                bad.insert(QStringLiteral("hours"), QStringLiteral("lots"));
                a.replace(2, bad);
                o.insert(QStringLiteral("entries"), a);
            }
            if (mutation == "record") {
                QJsonArray a = o.value(QStringLiteral("records")).toArray();
                QJsonObject bad = a.at(0).toObject();
                bad.insert(QStringLiteral("from"), QStringLiteral("yesterday"));
                a.replace(0, bad);
                o.insert(QStringLiteral("records"), a);
            }
            QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
            if (mutation == "table")
                tables.insert(QStringLiteral("sqlite_master"), QJsonArray{QJsonObject{}});
            if (mutation == "column") {
                QJsonArray rows = tables.value(QStringLiteral("guidelines")).toArray();
                QJsonObject row = rows.at(0).toObject();
                row.insert(QStringLiteral("evil); DROP TABLE entries; --"), 1);
                rows.replace(0, row);
                tables.insert(QStringLiteral("guidelines"), rows);
            }
            if (mutation == "dangling")
                tables.insert(QStringLiteral("entry_guidelines"),
                              QJsonArray{QJsonObject{{QStringLiteral("entry_id"), QStringLiteral("nope")},
                                                     {QStringLiteral("guideline_id"), QStringLiteral("g1")}}});
            o.insert(QStringLiteral("tables"), tables);
            bytes = QJsonDocument(o).toJson();
        }
        TestJournal target;
        Entry mine = TestJournal::sampleEntry(QStringLiteral("Already here"));
        QVERIFY(EntryRepository(*target.db, target.clock).add(mine));
        const QByteArray before = exported(*target.db);
        auto result = JournalJson::importJournal(*target.db, target.clock, bytes);
        QVERIFY(!result);
        QVERIFY(!result.error().message.isEmpty());
        QCOMPARE(exported(*target.db), before);
    }
};

QTEST_GUILESS_MAIN(TestJournalJson)
#include "tst_export_journaljson.moc"
