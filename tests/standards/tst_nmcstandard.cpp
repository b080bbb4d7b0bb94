// NMC revalidation rules at their edges: windows, leap years, spanning entries, registrations.
#include "RevalidationFixtures.h"
#include "journal/Entry.h"
#include "standards/NmcStandard.h"
#include "standards/StandardRegistry.h"

#include <QJsonArray>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TstNmcStandard : public QObject
{
    Q_OBJECT

    RevalidationStatus evaluate(const Profile& p, const QList<Record>& records, const QList<EntryFacts>& entries,
                                const char* asOf)
    {
        auto s = NmcStandard().evaluate(p, records, entries, d(asOf));
        if (!s)
            qFatal("evaluate failed: %s", qPrintable(s.error().message));
        return *s;
    }
    const RequirementProgress& req(const RevalidationStatus& s, const char* id)
    {
        const RequirementProgress* r = s.requirement(QString::fromLatin1(id));
        if (!r)
            qFatal("no requirement %s", id);
        return *r;
    }

private slots:
    void requirementIdsAreTheContract()
    {
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, {}, "2026-03-14");
        QStringList ids;
        for (const RequirementProgress& r : s.requirements)
            ids << r.id;
        QCOMPARE(ids, (strings({"practice-hours", "cpd-hours", "participatory-hours", "feedback",
                                   "reflective-accounts", "reflective-discussion", "health-and-character",
                                   "indemnity", "confirmation"})));
        QCOMPARE(s.standard, QStringLiteral("nmc"));
        QVERIFY(StandardRegistry::withBuiltIns().find(QStringLiteral("nmc")));
    }

    void periodAndDates_data()
    {
        QTest::addColumn<QDate>("expiry");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("application");
        QTest::addColumn<QDate>("opens");
        QTest::newRow("month end") << d("2027-04-30") << d("2024-05-01") << d("2027-04-01") << d("2027-01-31");
        QTest::newRow("expiry 29 Feb") << d("2028-02-29") << d("2025-03-01") << d("2028-02-01") << d("2027-12-03");
        QTest::newRow("28 Feb, window starts after 29 Feb 2024") << d("2027-02-28") << d("2024-03-01")
                                                                 << d("2027-02-01") << d("2026-12-03");
        QTest::newRow("previous expiry on 29 Feb") << d("2023-02-28") << d("2020-03-01") << d("2023-02-01")
                                                   << d("2022-12-03");
        QTest::newRow("mid month") << d("2027-06-15") << d("2024-06-16") << d("2027-06-01") << d("2027-04-02");
        QTest::newRow("application in a leap March") << d("2028-03-31") << d("2025-04-01") << d("2028-03-01")
                                                     << d("2028-01-01");
    }
    void periodAndDates()
    {
        QFETCH(QDate, expiry);
        QFETCH(QDate, start);
        QFETCH(QDate, application);
        QFETCH(QDate, opens);
        Profile p = nurse("2027-04-30");
        p.registrationExpiry = expiry;
        const RevalidationStatus s = evaluate(p, {}, {}, "2026-01-01");
        QCOMPARE(s.period.start, start);
        QCOMPARE(s.period.end, expiry);
        QCOMPARE(s.applicationDate, application);
        QCOMPARE(s.applicationOpens, opens);
        QCOMPARE(s.applicationOpens.daysTo(s.applicationDate), 60);
    }

    void entriesAtTheWindowEdges()
    {
        const Profile p = nurse("2027-04-30"); // 2024-05-01 .. 2027-04-30
        const QList<EntryFacts> entries = {learning("2024-04-30", 1), learning("2024-05-01", 2), learning("2027-04-30", 4),
                                           learning("2027-05-01", 8)};
        const RevalidationStatus s = evaluate(p, {}, entries, "2027-06-30");
        QCOMPARE(req(s, "cpd-hours").achieved, 6.0);
        QCOMPARE(req(s, "cpd-hours").entries, (QStringList{entries[1].ids.first(), entries[2].ids.first()}));
    }

    void nothingAfterAsOfCounts()
    {
        const QList<EntryFacts> entries = {learning("2026-03-14", 2), learning("2026-03-15", 4)};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QCOMPARE(req(s, "cpd-hours").achieved, 2.0);
        QCOMPARE(s.daysToApplication(), d("2026-03-14").daysTo(d("2027-04-01")));
    }

    void spanningEntryCountsProRataByDays()
    {
        // 10 hours over 10 days, 5 of them before the window opens on 2024-05-01.
        const QList<EntryFacts> entries = {learning("2024-04-26", 10, 6, "2024-05-05")};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2027-04-30");
        QCOMPARE(req(s, "cpd-hours").achieved, 5.0);
        QCOMPARE(req(s, "participatory-hours").achieved, 3.0);
        QCOMPARE(req(s, "cpd-hours").entries.size(), 1);
        // The same entry at the closing edge, cut by the as-of date: 3 of 10 days.
        const QList<EntryFacts> late = {learning("2026-03-12", 10, 0, "2026-03-21")};
        QCOMPARE(req(evaluate(nurse("2027-04-30"), {}, late, "2026-03-14"), "cpd-hours").achieved, 3.0);
    }

    void spanningFeedbackBelongsToTheWindowOfItsLastDay()
    {
        const QList<EntryFacts> entries = {item("2024-04-20", "feedback", "patient", "2024-05-02"),
                                           item("2027-04-25", "feedback", "patient", "2027-05-03")};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2027-06-30");
        QCOMPARE(req(s, "feedback").entries, QStringList{entries[0].ids.first()});
    }

    void practiceHoursByRegistrationCount_data()
    {
        QTest::addColumn<QStringList>("professions");
        QTest::addColumn<double>("required");
        QTest::newRow("one") << strings({"nurse"}) << 450.0;
        QTest::newRow("nurse and SCPHN is still one") << strings({"nurse", "scphn"}) << 450.0;
        QTest::newRow("two") << strings({"nurse", "midwife"}) << 900.0;
        QTest::newRow("three") << strings({"nurse", "midwife", "nursing-associate"}) << 1350.0;
    }
    void practiceHoursByRegistrationCount()
    {
        QFETCH(QStringList, professions);
        QFETCH(double, required);
        const RevalidationStatus s = evaluate(nurse("2027-04-30", professions), {}, {}, "2026-03-14");
        QCOMPARE(req(s, "practice-hours").required, required);
        QVERIFY(!req(s, "practice-hours").met);
    }

    void twoRegistrationsNeed450Each()
    {
        const Profile p = nurse("2027-04-30", {QStringLiteral("nurse"), QStringLiteral("midwife")});
        const QList<Record> allNursing = {practiceHours("2024-06-01", "2025-05-31", 900, "nurse")};
        RevalidationStatus s = evaluate(p, allNursing, {}, "2026-03-14");
        QCOMPARE(req(s, "practice-hours").achieved, 900.0);
        QVERIFY(!req(s, "practice-hours").met);
        QVERIFY2(req(s, "practice-hours").missing.contains(QStringLiteral("450 as a midwife")),
                 qPrintable(req(s, "practice-hours").missing));
        const QList<Record> split = {practiceHours("2024-06-01", "2025-05-31", 450, "nurse"),
                                     practiceHours("2025-06-01", "2026-01-31", 450, "midwife")};
        s = evaluate(p, split, {}, "2026-03-14");
        QVERIFY(req(s, "practice-hours").met);
        QCOMPARE(req(s, "practice-hours").records.size(), 2);
    }

    void practiceHoursSpanningTheStartArePartlyCounted()
    {
        // 100 hours over April and May 2024 (61 days), 31 of them inside the window.
        const QList<Record> records = {practiceHours("2024-04-01", "2024-05-31", 100)};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), records, {}, "2026-03-14");
        QCOMPARE(req(s, "practice-hours").achieved, 100.0 * 31 / 61);
        QCOMPARE(req(s, "practice-hours").missing, QStringLiteral("399.19 more practice hours"));
    }

    void participatoryHoursAroundTwenty_data()
    {
        QTest::addColumn<double>("participatory");
        QTest::addColumn<bool>("met");
        QTest::newRow("19.5") << 19.5 << false;
        QTest::newRow("20") << 20.0 << true;
        QTest::newRow("20.5") << 20.5 << true;
    }
    void participatoryHoursAroundTwenty()
    {
        QFETCH(double, participatory);
        QFETCH(bool, met);
        const QList<EntryFacts> entries = {learning("2025-01-10", 35, participatory)};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QCOMPARE(req(s, "participatory-hours").met, met);
        QVERIFY(req(s, "cpd-hours").met);
        if (!met)
            QCOMPARE(req(s, "participatory-hours").missing, QStringLiteral("0.5 more participatory CPD hours"));
    }

    void proRataHoursAddUpToExactlyTheTarget()
    {
        // Three 10-day entries, half inside the window each time, and one more: 35 with no float shortfall.
        QList<EntryFacts> entries;
        for (int i = 0; i < 3; ++i)
            entries << learning("2024-04-26", 21.0, 20.0, "2024-05-05");
        entries << learning("2025-01-01", 3.5);
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QCOMPARE(req(s, "cpd-hours").achieved, 35.0);
        QVERIFY(req(s, "cpd-hours").met);
    }

    void reflectiveAccountsMustBeCompleteAndFinal()
    {
        Entry complete;
        complete.id = newId();
        complete.date = d("2025-01-01");
        complete.templateId = QStringLiteral("nmc");
        complete.status = QStringLiteral("final");
        complete.codeThemes = {QStringLiteral("preserve-safety")};
        for (const char* key : {"nature", "learned", "changed", "code"})
            complete.reflection.insert(QString::fromLatin1(key), QStringLiteral("An answer."));
        QVERIFY(EntryFacts::isCompleteReflectiveAccount(complete));

        Entry draft = complete;
        draft.status = QStringLiteral("draft");
        Entry noTheme = complete;
        noTheme.codeThemes.clear();
        Entry blankAnswer = complete;
        blankAnswer.reflection[QStringLiteral("changed")] = QStringLiteral("   ");
        Entry otherTemplate = complete;
        otherTemplate.templateId = QStringLiteral("gibbs");
        for (const Entry* e : {&draft, &noTheme, &blankAnswer, &otherTemplate})
            QVERIFY(!EntryFacts::isCompleteReflectiveAccount(*e));

        QList<EntryFacts> entries;
        for (int i = 0; i < 3; ++i)
            entries << EntryFacts::fromEntry(complete);
        entries << EntryFacts::fromEntry(draft) << EntryFacts::fromEntry(noTheme) << EntryFacts::fromEntry(otherTemplate);
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QCOMPARE(req(s, "reflective-accounts").achieved, 3.0);
        QCOMPARE(req(s, "reflective-accounts").missing,
                 QStringLiteral("2 more reflective accounts (2 on the NMC form still draft or incomplete)"));
        QVERIFY(s.missing().contains(req(s, "reflective-accounts").missing));
    }

    void oneMoreIsSingular()
    {
        QList<EntryFacts> entries;
        for (int i = 0; i < 4; ++i)
            entries << account("2025-02-01") << item("2025-02-02", "feedback", "patient");
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QCOMPARE(req(s, "reflective-accounts").missing, QStringLiteral("1 more reflective account"));
        QCOMPARE(req(s, "feedback").missing, QStringLiteral("1 more piece of feedback"));
        entries << account("2025-02-03") << item("2025-02-04", "feedback", "colleague");
        const RevalidationStatus done = evaluate(nurse("2027-04-30"), {}, entries, "2026-03-14");
        QVERIFY(req(done, "reflective-accounts").met);
        QVERIFY(req(done, "feedback").met);
    }

    void confirmationInTheFinalTwelveMonths_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("met");
        QTest::newRow("day before the final year") << d("2026-04-30") << false;
        QTest::newRow("first day of the final year") << d("2026-05-01") << true;
        QTest::newRow("application date") << d("2027-04-01") << true;
        QTest::newRow("expiry") << d("2027-04-30") << true;
        QTest::newRow("after expiry") << d("2027-05-01") << false;
    }
    void confirmationInTheFinalTwelveMonths()
    {
        QFETCH(QDate, date);
        QFETCH(bool, met);
        Record c = confirmation("2026-01-01");
        std::get<Confirmation>(c.data).date = date;
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), {c}, {}, "2027-12-31");
        QCOMPARE(req(s, "confirmation").met, met);
    }

    void confirmationWindowInALeapYear()
    {
        const DateRange w = NmcStandard::confirmationWindow(d("2028-02-29"));
        QCOMPARE(w.start, d("2027-03-01"));
        QCOMPARE(w.end, d("2028-02-29"));
    }

    void discussionAndDeclarations()
    {
        const QList<Record> records = {discussion("2024-04-30"), declaration("health-and-character", "2027-03-01"),
                                       declaration("indemnity", "2027-03-02")};
        RevalidationStatus s = evaluate(nurse("2027-04-30"), records, {}, "2027-03-10");
        QVERIFY(!req(s, "reflective-discussion").met); // before the window
        QVERIFY(req(s, "health-and-character").met);
        QVERIFY(req(s, "indemnity").met);
        QCOMPARE(req(s, "indemnity").records, QStringList{records[2].id});
        s = evaluate(nurse("2027-04-30"), records, {}, "2027-03-01");
        QVERIFY(!req(s, "indemnity").met); // dated after the as-of day
        s = evaluate(nurse("2027-04-30"), {discussion("2024-05-01")}, {}, "2027-03-01");
        QVERIFY(req(s, "reflective-discussion").met);
    }

    void everythingMet()
    {
        QList<EntryFacts> entries = {learning("2025-03-01", 35, 20)};
        for (int i = 0; i < 5; ++i)
            entries << account("2025-04-01") << item("2025-04-02", "feedback", "patient");
        const QList<Record> records = {practiceHours("2024-06-01", "2025-05-31", 450), discussion("2026-06-01"),
                                       confirmation("2026-06-02"), declaration("health-and-character", "2026-06-03"),
                                       declaration("indemnity", "2026-06-03")};
        const RevalidationStatus s = evaluate(nurse("2027-04-30"), records, entries, "2026-07-01");
        QVERIFY2(s.allMet(), qPrintable(s.missing().join(QStringLiteral("; "))));
        QVERIFY(s.missing().isEmpty());
        const QJsonObject json = s.toJson();
        for (const char* key : {"standard", "period", "application_date", "application_opens", "requirements"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject first = json.value(QStringLiteral("requirements")).toArray().first().toObject();
        for (const char* key : {"id", "label", "required", "achieved", "met", "entries"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
    }

    void profileWithoutExpiryIsAnError()
    {
        Profile p = nurse("2027-04-30");
        p.registrationExpiry = {};
        auto s = NmcStandard().evaluate(p, {}, {}, d("2026-01-01"));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("registration_expiry")));
    }
};

QTEST_GUILESS_MAIN(TstNmcStandard)
#include "tst_nmcstandard.moc"
