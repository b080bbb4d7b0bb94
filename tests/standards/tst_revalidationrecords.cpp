// Profile and record JSON forms, their storage, the evidence query and status over a large journal.
#include "RevalidationFixtures.h"
#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "standards/EvidenceQuery.h"
#include "standards/NmcStandard.h"
#include "standards/HoursByMonth.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "standards/RevalidationService.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <ctime>

using namespace cpd;
using namespace cpd::test;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TstRevalidationRecords : public QObject
{
    Q_OBJECT

private slots:
    void profileRoundTrip()
    {
        const QJsonObject in = json(R"({"name": "Sam Carter", "professions": ["nurse", "midwife"],
            "nmc_pin": "12a3456e", "gmc_number": "", "registration_expiry": "2027-04-30",
            "next_appraisal_date": null, "revalidation_date": null, "employer": "Leeds PCN",
            "future_key": {"kept": true}})");
        auto p = Profile::fromJson(in);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->nmcPin, QStringLiteral("12A3456E"));
        QCOMPARE(p->nmcRegistrations(), (strings({"nurse", "midwife"})));
        const QJsonObject out = p->toJson();
        for (const QString& key : Profile::knownKeys())
            QVERIFY2(out.contains(key), qPrintable(key));
        QCOMPARE(out.value(QStringLiteral("future_key")).toObject().value(QStringLiteral("kept")).toBool(), true);
        QCOMPARE(*Profile::fromJson(out), *p);
    }

    void profileProblems_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QByteArray(R"({"professions": ["gp"], "next_appraisal_date": "2026-06-01"})")
                                 << QStringLiteral("\"name\" is missing");
        QTest::newRow("unknown profession") << QByteArray(R"({"name": "A", "professions": ["surgeon"]})")
                                            << QStringLiteral("\"professions\" must be one of");
        QTest::newRow("nurse without expiry") << QByteArray(R"({"name": "A", "professions": ["nurse"]})")
                                              << QStringLiteral("\"registration_expiry\" is missing");
        QTest::newRow("gp without appraisal") << QByteArray(R"({"name": "A", "professions": ["gp"]})")
                                              << QStringLiteral("\"next_appraisal_date\" is missing");
        QTest::newRow("bad date") << QByteArray(R"({"name": "A", "professions": ["nurse"], "registration_expiry": "30/04/2027"})")
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("bad pin") << QByteArray(R"({"name": "A", "professions": ["nurse"], "registration_expiry": "2027-04-30", "nmc_pin": "123"})")
                                 << QStringLiteral("12A3456E");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
    }
    void profileProblems()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto p = Profile::parseDocument(text);
        QVERIFY(!p);
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
    }

    void recordsRoundTrip_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("practice-hours") << QStringLiteral("practice-hours") << QByteArray(R"({"from": "2024-05-01",
            "to": "2024-10-31", "organisation": "St James", "address": "Beckett St, Leeds",
            "work_setting": "hospital", "scope": "direct-patient-care", "hours": 600, "registration": "nurse",
            "description": "Acute medical unit"})");
        QTest::newRow("discussion") << QStringLiteral("discussion") << QByteArray(R"({"partner_name": "Alex Jones",
            "partner_pin": "98A7654B", "partner_email": "alex@example.org", "partner_address": "1 Park Row, Leeds",
            "partner_postcode": "LS1 5HD", "date": "2026-11-02", "summary": "We discussed my five accounts."})");
        QTest::newRow("confirmation") << QStringLiteral("confirmation") << QByteArray(R"({"confirmer_name": "Pat Singh",
            "confirmer_id": "GMC 1234567", "confirmer_email": "pat@example.org", "confirmer_address": "2 Park Row",
            "confirmer_postcode": "LS1 5HD", "date": "2026-12-01"})");
        QTest::newRow("health-and-character") << QStringLiteral("declaration")
                                              << QByteArray(R"({"kind": "health-and-character", "date": "2026-12-01"})");
        QTest::newRow("indemnity") << QStringLiteral("declaration") << QByteArray(R"({"kind": "indemnity",
            "date": "2026-12-01", "arrangement": "professional-body", "provider": "RCN"})");
        QTest::newRow("pdp-review") << QStringLiteral("pdp-review") << QByteArray(R"({"date": "2026-05-01",
            "summary": "Most of it done.", "goals": [{"goal": "Learn dermoscopy", "outcome": "Course done"}]})");
    }
    void recordsRoundTrip()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, text);
        auto r = Record::parseDocument(type, text);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->type(), type);
        const QJsonObject in = QJsonDocument::fromJson(text).object();
        const QJsonObject out = r->toJson();
        for (auto it = in.begin(); it != in.end(); ++it)
            QVERIFY2(out.value(it.key()) == it.value(), qPrintable(it.key()));
        QCOMPARE(out.value(QStringLiteral("type")).toString(), type);

        TestJournal j;
        RecordRepository repo(*j.db, j.clock);
        auto added = repo.add(*r);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(!QUuid::fromString(added->id).isNull());
        auto back = repo.get(added->id);
        QVERIFY(back);
        QCOMPARE(back->data, r->data);
        QCOMPARE(repo.list(type)->size(), 1);
        QCOMPARE(repo.overlapping({r->span().end, r->span().end.addDays(10)})->size(), 1);
        QCOMPARE(repo.overlapping({r->span().end.addDays(1), r->span().end.addDays(10)})->size(), 0);
        QVERIFY(repo.remove(added->id));
        QVERIFY(repo.list()->isEmpty());
    }

    void recordProblems_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("hours backwards") << QStringLiteral("practice-hours") << QByteArray(R"({"from": "2024-05-02",
            "to": "2024-05-01", "organisation": "X", "work_setting": "hospital", "scope": "policy", "hours": 8,
            "registration": "nurse"})") << QStringLiteral("\"from\" (2024-05-02) is after \"to\"");
        QTest::newRow("too many hours") << QStringLiteral("practice-hours") << QByteArray(R"({"from": "2024-05-01",
            "to": "2024-05-01", "organisation": "X", "work_setting": "hospital", "scope": "policy", "hours": 25,
            "registration": "nurse"})") << QStringLiteral("more than there are hours");
        QTest::newRow("unknown setting") << QStringLiteral("practice-hours") << QByteArray(R"({"from": "2024-05-01",
            "to": "2024-05-01", "organisation": "X", "work_setting": "spaceship", "scope": "policy", "hours": 2,
            "registration": "nurse"})") << QStringLiteral("\"work_setting\" must be one of the NMC's settings");
        QTest::newRow("partner not a registrant") << QStringLiteral("discussion") << QByteArray(R"({"partner_name": "A",
            "partner_pin": "GMC123", "partner_email": "a@example.org", "partner_address": "X", "partner_postcode": "LS1 5HD",
            "date": "2026-01-01"})") << QStringLiteral("NMC Pin");
        QTest::newRow("bad email") << QStringLiteral("confirmation") << QByteArray(R"({"confirmer_name": "A",
            "confirmer_id": "1", "confirmer_email": "nope", "confirmer_address": "X", "confirmer_postcode": "LS1 5HD",
            "date": "2026-01-01"})") << QStringLiteral("not an email address");
        QTest::newRow("private indemnity without provider") << QStringLiteral("declaration")
            << QByteArray(R"({"kind": "indemnity", "date": "2026-01-01", "arrangement": "private"})")
            << QStringLiteral("\"provider\" is missing");
        QTest::newRow("unknown kind") << QStringLiteral("declaration")
                                      << QByteArray(R"({"kind": "probity", "date": "2026-01-01"})")
                                      << QStringLiteral("\"kind\" must be one of");
        QTest::newRow("type disagrees") << QStringLiteral("confirmation")
                                        << QByteArray(R"({"type": "discussion", "date": "2026-01-01"})")
                                        << QStringLiteral("not a \"confirmation\"");
        QTest::newRow("no date") << QStringLiteral("pdp-review") << QByteArray(R"({"summary": "x"})")
                                 << QStringLiteral("\"date\" is missing");
    }
    void recordProblems()
    {
        QFETCH(QString, type);
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        auto r = Record::parseDocument(type, text);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void profileStorage()
    {
        TestJournal j;
        ProfileRepository repo(*j.db, j.clock);
        QVERIFY(!repo.load()->has_value());
        const Profile first = nurse("2027-04-30");
        QVERIFY(repo.save(first));
        QCOMPARE(**repo.load(), first);
        const Profile second = gp("2026-06-15", "2028-06-15");
        QVERIFY(repo.save(second));
        QCOMPARE(**repo.load(), second);
        QCOMPARE(Sql::scalar(j.db->connection(), QStringLiteral("SELECT count(*) FROM revalidation_profile"),
                             QStringLiteral("count"))->toInt(), 1);
    }

    void evidenceQueryAgreesWithEntryFacts()
    {
        TestJournal j;
        EntryRepository entries(*j.db, j.clock);
        Entry complete = TestJournal::sampleEntry();
        Entry draft = complete;
        draft.status = QStringLiteral("draft");
        Entry blank = complete;
        blank.reflection[QStringLiteral("learned")] = QString();
        Entry noTheme = complete;
        noTheme.codeThemes.clear();
        Entry spanning = complete;
        spanning.templateId = QStringLiteral("free");
        spanning.reflection = {{QStringLiteral("text"), QStringLiteral("A week-long course.")}};
        spanning.endDate = spanning.date.addDays(6);
        spanning.credits = 12;
        Entry feedback = complete;
        feedback.activity = QStringLiteral("feedback");
        feedback.feedbackSource = QStringLiteral("patient");
        feedback.feedbackType = QStringLiteral("written");
        Entry trashed = complete;
        // Different days, so each comes back as a row of its own (alike entries are grouped).
        draft.date = draft.date.addDays(10);
        blank.date = blank.date.addDays(11);
        noTheme.date = noTheme.date.addDays(12);
        auto added = entries.addMany({complete, draft, blank, noTheme, spanning, feedback, trashed});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        QVERIFY(entries.moveToTrash(added->last().id));

        auto loaded = EvidenceQuery::load(*j.db, {d("2026-01-01"), d("2026-12-31")});
        QVERIFY(loaded);
        QCOMPARE(loaded->size(), 6);
        for (const EntryFacts& f : std::as_const(*loaded)) {
            const Entry& e = *std::find_if(added->cbegin(), added->cend(), [&](const Entry& x) { return x.id == f.ids.first(); });
            const EntryFacts expected = EntryFacts::fromEntry(e);
            QCOMPARE(f.ids.size(), 1);
            QCOMPARE(f.span, expected.span);
            QCOMPARE(f.activity, expected.activity);
            QCOMPARE(f.feedbackSource, expected.feedbackSource);
            QCOMPARE(f.hours, expected.hours);
            QCOMPARE(f.participatoryHours, expected.participatoryHours);
            QCOMPARE(f.credits, expected.credits);
            QCOMPARE(f.nmcTemplate, expected.nmcTemplate);
            QCOMPARE(f.completeReflectiveAccount, expected.completeReflectiveAccount);
        }
        QCOMPARE(std::count_if(loaded->cbegin(), loaded->cend(), [](const EntryFacts& f) { return f.completeReflectiveAccount; }),
                 2); // complete and the feedback entry written on the NMC form
        // Alike entries come back as one row with their hours summed.
        QVERIFY(entries.addMany({draft, draft, draft}));
        auto grouped = EvidenceQuery::load(*j.db, {draft.date, draft.date});
        QCOMPARE(grouped->size(), 1);
        QCOMPARE(grouped->first().ids.size(), 4);
        QCOMPARE(grouped->first().hours, 4 * draft.hours);
        // The spanning entry is found from a range that holds only its last day.
        QCOMPARE(EvidenceQuery::load(*j.db, {spanning.endDate, spanning.endDate})->size(), 1);
    }

    void hoursByMonthSplitsSpanningEntries()
    {
        // 31 hours (10 participatory) over 2026-01-17 .. 2026-02-16: 15 days in January, 16 in February.
        const QList<EntryFacts> entries = {learning("2026-01-17", 31, 10, "2026-02-16"), learning("2026-03-01", 2, 3)};
        const QList<MonthHours> months = hoursByMonth(entries, {d("2026-01-01"), d("2026-03-31")});
        QCOMPARE(months.size(), 3);
        QCOMPARE(months[0].month, d("2026-01-01"));
        QCOMPARE(months[0].participatory + months[0].other, 15.0);
        QCOMPARE(months[1].participatory + months[1].other, 16.0);
        QCOMPARE(months[0].participatory, 10.0 * 15 / 31);
        QCOMPARE(months[2].participatory, 2.0); // never more participatory hours than hours
        QCOMPARE(months[2].other, 0.0);
    }

    void statusOverAJournal()
    {
        TestJournal j;
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2027-04-30")));
        QVERIFY(RecordRepository(*j.db, j.clock).add(discussion("2026-02-01")));
        QVERIFY(EntryRepository(*j.db, j.clock).add(TestJournal::sampleEntry()));
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        RevalidationService service(*j.db, standards);
        auto s = service.status(QStringLiteral("nmc"), j.clock.today());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->requirement(QStringLiteral("cpd-hours"))->achieved, 3.0);
        QCOMPARE(s->requirement(QStringLiteral("reflective-accounts"))->achieved, 1.0);
        QVERIFY(s->requirement(QStringLiteral("reflective-discussion"))->met);
        QVERIFY(!service.status(QStringLiteral("gp"), j.clock.today()));
        QVERIFY(!service.status(QStringLiteral("hcpc"), j.clock.today()));
    }

    void statusOverOneHundredThousandEntries()
    {
        TestJournal j;
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2027-04-30")));
        // Rows as large as real ones (reflections of some 2,000 characters) so a scan of the table
        // itself would be slow; written in SQL because 100,000 repository writes take a minute.
        QVERIFY(Sql::exec(j.db->connection(), QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
            "INSERT INTO entries (id, title, date, activity, hours, participatory_hours, template, reflection, "
            "code_themes, status, created, updated) "
            "SELECT lower(hex(randomblob(16))), 'Entry ' || i, date('2026-03-14', '-' || (i % 1095) || ' days'), "
            "CASE i % 10 WHEN 0 THEN 'feedback' ELSE 'course' END, 1.5, 0.5, "
            "CASE WHEN i % 5 = 0 THEN 'nmc' ELSE 'free' END, "
            "json_object('nature', printf('%.2000c', 'x'), 'learned', 'y', 'changed', 'z', 'code', 'w'), "
            "'[\"preserve-safety\"]', CASE WHEN i % 3 = 0 THEN 'draft' ELSE 'final' END, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM n"), QStringLiteral("fill")));
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        RevalidationService service(*j.db, standards);
        // Several engineers share two cores here, so wall time says more about the load than the
        // code: the budget is checked on this thread's CPU time, and the wall time is reported.
        const auto cpuMs = [] {
            timespec t{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
            return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
        };
        qint64 best = std::numeric_limits<qint64>::max();
        qint64 bestWall = best;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            const qint64 cpuStart = cpuMs();
            auto s = service.status(QStringLiteral("nmc"), j.clock.today());
            const qint64 ms = cpuMs() - cpuStart;
            bestWall = qMin(bestWall, timer.elapsed());
            QVERIFY(s);
            QVERIFY(s->requirement(QStringLiteral("reflective-accounts"))->met);
            QVERIFY(s->requirement(QStringLiteral("cpd-hours"))->entries.size() > 50000);
            best = qMin(best, ms);
        }
        qInfo("status over 100,000 entries: %lld ms CPU, %lld ms wall (best of 5)", best, bestWall);
        if (qEnvironmentVariableIsSet("CPD_PROFILE")) {
            QElapsedTimer t;
            t.start();
            auto facts = EvidenceQuery::load(*j.db, {d("2024-05-01"), d("2026-03-14")});
            qInfo("load %lld ms, %lld rows", t.restart(), qint64(facts->size()));
            QSqlQuery q(j.db->connection());
            q.setForwardOnly(true);
            q.exec(QStringLiteral("SELECT id, hours FROM entries INDEXED BY entries_evidence WHERE deleted_at IS NULL AND date <= '2026-03-14'"));
            int n = 0;
            while (q.next())
                n += q.value(0).toString().size() > 0;
            qInfo("bare 2-column fetch %lld ms, %d rows", t.restart(), n);
            auto s = NmcStandard().evaluate(nurse("2027-04-30"), {}, *facts, d("2026-03-14"));
            qInfo("evaluate %lld ms", t.restart());
            const QByteArray json = QJsonDocument(s->toJson()).toJson();
            qInfo("json %lld ms", t.restart());
        }
        // The speed itself is a benchmark's figure (bench_journal: status in process), not a
        // timed assertion that a busy or sanitized build fails: this test checks the answer.
    }
};

QTEST_GUILESS_MAIN(TstRevalidationRecords)
#include "tst_revalidationrecords.moc"
