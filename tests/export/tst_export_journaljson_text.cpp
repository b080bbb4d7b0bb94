// The export, list --json and the privacy gate written a page of entries at a time: the same bytes
// as one QJsonDocument of everything (a contract scripts rely on) and the same findings.
#include "CliRunner.h"
#include "ExportFixture.h"
#include "ExportService.h"
#include "TestJournal.h"
#include "demo/DemoJournalGenerator.h"
#include "export/JournalJson.h"
#include "export/PrivacyGate.h"
#include "journal/EntryJson.h"
#include "journal/EntryJsonWriter.h"
#include "journal/EntryRepository.h"
#include "standards/StandardRegistry.h"
#include "util/IndentedJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

QString withLoneSurrogates()
{
    QString s = QStringLiteral("lone ");
    s += QChar(0xD800);
    s += QStringLiteral("a ");
    s += QChar(0xDC00);
    s += QStringLiteral(" end ");
    s += QChar(0xD83D);
    return s;
}

// Entries the demo does not make: every kind of character, empty and missing fields, unknown keys.
QList<Entry> unusualEntries()
{
    QList<Entry> out;
    Entry e = TestJournal::sampleEntry(
        QStringLiteral("Gweithdy ar ŵyr a wyrion — 😀 ünïcödé “quotes” 日本語"));
    e.reflection[QStringLiteral("nature")] =
        QStringLiteral("Tab\there, line\nbreak, CR\r, \"quoted\", back\\slash, "
                       "bell\a, \x01\x1f, del\x7f, slash /, ￿ and 𝄞");
    e.hours = 0.1;
    e.participatoryHours = 0.05;
    e.credits = 1.0 / 3.0;
    e.endDate = e.date.addDays(2);
    e.feedbackSource = QStringLiteral("patient");
    e.feedbackType = QStringLiteral("written");
    e.links << Link{QStringLiteral("web"), QStringLiteral(""), QStringLiteral("Only a title")}
            << Link{QStringLiteral("web"), QStringLiteral("https://example.org/?a=1&b=\"2\""),
                    QStringLiteral("")};
    e.topics << TopicMapping{QStringLiteral("alcohol"), QStringLiteral("community")};
    e.tags << QStringLiteral("ŵ") << QString();
    out << e;

    Entry draft;
    draft.title = QStringLiteral("A draft with nothing else");
    draft.date = QDate(2025, 12, 31);
    draft.activity = QStringLiteral("reading");
    draft.templateId = QStringLiteral("free");
    draft.status = QStringLiteral("draft");
    out << draft;

    Entry big = TestJournal::sampleEntry(QStringLiteral("Whole and large numbers"));
    big.hours = 24;
    big.participatoryHours = 0;
    big.credits = 0.0;
    big.reflection = {{QStringLiteral("text"), withLoneSurrogates()}};
    big.templateId = QStringLiteral("free");
    out << big;

    Entry extra = TestJournal::sampleEntry(QStringLiteral("From a newer version"));
    extra.extra = QJsonObject{{QStringLiteral("zz_future"), QJsonArray{1, QStringLiteral("two")}},
                              {QStringLiteral("aa_future"), QJsonObject{}},
                              {QStringLiteral("mood"), 9007199254740993.0}};
    out << extra;

    Entry keys = TestJournal::sampleEntry(QStringLiteral("Answers under keys that are not ASCII"));
    keys.templateId = QStringLiteral("free");
    keys.reflection = {{QStringLiteral("été"), QStringLiteral("summer")},
                       {QStringLiteral("Zed"), QStringLiteral("z")},
                       {QStringLiteral("😀"), QStringLiteral("smile")},
                       {QStringLiteral("Ａ"), QStringLiteral("wide")}};
    out << keys;
    return out;
}

void fillVaried(TestJournal& j, bool withIdentifier = false)
{
    fillNmcJournal(*j.db, j.clock,
                   withIdentifier); // profile, records, evidence rows, a trashed entry
    EntryRepository repo(*j.db, j.clock);
    auto demo = repo.addMany(DemoJournalGenerator(7, QDate(2026, 3, 1)).generate(1200));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    for (const Entry& e : unusualEntries()) {
        auto added = repo.add(e);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
    }
    for (int i : {3, 500, 1100})
        QVERIFY(repo.moveToTrash(demo->at(i).id));
}

QByteArray qtExport(Database& db)
{
    auto json = JournalJson::exportJournal(db);
    if (!json)
        qFatal("export failed: %s", qPrintable(json.error().message));
    return QJsonDocument(*json).toJson(QJsonDocument::Indented);
}

void compareBytes(const QByteArray& actual, const QByteArray& expected)
{
    if (actual == expected)
        return;
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
        ++at;
    QFAIL(qPrintable(QStringLiteral("differ at byte %1 of %2/%3:\n%4\n---- expected:\n%5")
                         .arg(at)
                         .arg(actual.size())
                         .arg(expected.size())
                         .arg(QString::fromUtf8(actual.mid(qMax<qsizetype>(0, at - 200), 300)),
                              QString::fromUtf8(expected.mid(qMax<qsizetype>(0, at - 200), 300)))));
}

} // namespace

class TestJournalJsonText : public QObject
{
    Q_OBJECT

private slots:
    void stringsAndNumbersAsQtWritesThem()
    {
        QStringList strings = {QString(), QStringLiteral("plain"), withLoneSurrogates(),
                               QStringLiteral("😀𝄞é€")};
        QString controls;
        for (char16_t c = 0; c < 0x80; ++c)
            controls += QChar(c);
        strings << controls << QString(QChar(0xDBFF)) << QString(QChar(0xFFFE)) + QChar(0xFFFF);
        for (const QString& s : std::as_const(strings)) {
            QByteArray mine("[");
            IndentedJson::string(mine, s);
            mine.append(']');
            QCOMPARE(mine, QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact));
        }
        for (double d :
             {0.0, -0.0, 1.0, -3.0, 0.1, 1.0 / 3.0, 7.25, 1e8, 1e15, 9007199254740992.0,
              9007199254740994.0, -9007199254740992.0, 1e16, 1e18, 1e21, 1e-7, 123456.789,
              std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()}) {
            QByteArray mine("[");
            IndentedJson::number(mine, d);
            mine.append(']');
            QCOMPARE(mine, QJsonDocument(QJsonArray{d}).toJson(QJsonDocument::Compact));
        }
    }

    void everyEntryAsQtWritesIt()
    {
        TestJournal j;
        fillVaried(j);
        auto entries = EntryRepository(*j.db, j.clock).entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 8 + 1200 - 3 + unusualEntries().size());
        for (const Entry& e : std::as_const(*entries)) {
            for (int level : {0, 1, 2, 5}) {
                QByteArray mine;
                EntryJsonWriter::append(mine, e, level);
                QByteArray qt;
                IndentedJson::value(qt, EntryJson::toJson(e), level);
                compareBytes(mine, qt);
            }
            QByteArray whole;
            EntryJsonWriter::append(whole, e, 0);
            compareBytes(whole + '\n',
                         QJsonDocument(EntryJson::toJson(e)).toJson(QJsonDocument::Indented));
        }
    }

    void exportTextIsQtsDocument()
    {
        TestJournal empty;
        compareBytes(*JournalJson::exportText(*empty.db), qtExport(*empty.db));

        TestJournal j;
        fillVaried(j);
        int pages = 0;
        int seen = 0;
        QByteArray text = *JournalJson::exportText(
            *j.db,
            [&](const QList<Entry>& page) -> Status {
                ++pages;
                seen += int(page.size());
                return {};
            },
            [&](const QJsonObject& rest) -> Status {
                if (rest.contains(QStringLiteral("entries")) ||
                    rest.value(QStringLiteral("trash")).toArray().size() != 4)
                    return fail(QStringLiteral("the rest is not the rest"));
                return {};
            });
        compareBytes(text, qtExport(*j.db));
        QVERIFY2(pages > 1, "the entries were not paged");
        QCOMPARE(seen, 8 + 1200 - 3 + int(unusualEntries().size()));

        auto stopped = JournalJson::exportText(
            *j.db, [](const QList<Entry>&) -> Status { return fail(QStringLiteral("stop")); });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().message, QStringLiteral("stop"));
    }

    void listJsonIsQtsDocument()
    {
        TestJournal j;
        CliRunner cli(j.path);
        auto expected = [&](const EntryFilter& filter) {
            return QJsonDocument(
                       EntryJson::toJsonArray(*EntryRepository(*j.db, j.clock).entries(filter)))
                .toJson(QJsonDocument::Indented);
        };
        CliResult none = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, expected({}));

        fillVaried(j);
        CliResult all = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        compareBytes(all.out, expected({}));

        EntryFilter trash;
        trash.place = EntryFilter::Place::Trash;
        CliResult trashed =
            cli.run({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--trash")});
        QCOMPARE(trashed.exitCode, 0);
        compareBytes(trashed.out, expected(trash));

        EntryFilter filtered;
        filtered.tag = QStringLiteral("asthma");
        filtered.from = QDate(2024, 1, 1);
        CliResult some = cli.run({QStringLiteral("list"), QStringLiteral("--json"),
                                  QStringLiteral("--tag"), QStringLiteral("asthma"),
                                  QStringLiteral("--from"), QStringLiteral("2024-01-01")});
        QCOMPARE(some.exitCode, 0);
        compareBytes(some.out, expected(filtered));
    }

    void theGateFindsWhatItFoundInTheWholeDocument()
    {
        TestJournal j;
        fillVaried(j, true); // entry 21 names a patient
        const QList<PrivacyGate::Hit> whole = *PrivacyGate::check(
            *j.db, PrivacyGate::piecesOfJournal(*JournalJson::exportJournal(*j.db)));
        QVERIFY(!whole.isEmpty());
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        ExportService::Request request;
        request.format = ExportService::Format::Json;
        auto refused = ExportService(*j.db, j.clock, standards).render(request);
        QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message));
        QVERIFY(refused->bytes.isEmpty());
        QCOMPARE(refused->findings.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(refused->findings.at(i).sourceId, whole.at(i).sourceId);
            QCOMPARE(refused->findings.at(i).sourceTitle, whole.at(i).sourceTitle);
            QVERIFY(refused->findings.at(i).finding == whole.at(i).finding);
        }
        request.allowIdentifiers = true;
        auto allowed = ExportService(*j.db, j.clock, standards).render(request);
        QVERIFY(allowed && allowed->findings.isEmpty());
        compareBytes(allowed->bytes, qtExport(*j.db));
    }
};

QTEST_GUILESS_MAIN(TestJournalJsonText)
#include "tst_export_journaljson_text.moc"
