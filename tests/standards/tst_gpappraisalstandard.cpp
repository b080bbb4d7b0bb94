// GP appraisal rules at their edges: the appraisal year, leap years, credits, the five-year cycle.
#include "RevalidationFixtures.h"
#include "standards/GpAppraisalStandard.h"
#include "standards/StandardRegistry.h"

#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TstGpAppraisalStandard : public QObject
{
    Q_OBJECT

    RevalidationStatus evaluate(const Profile& p, const QList<Record>& records, const QList<EntryFacts>& entries,
                                const char* asOf)
    {
        auto s = GpAppraisalStandard().evaluate(p, records, entries, d(asOf));
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
        const RevalidationStatus s = evaluate(gp("2026-06-15"), {}, {}, "2026-03-14");
        QStringList ids;
        for (const RequirementProgress& r : s.requirements)
            ids << r.id;
        QCOMPARE(ids, (strings({"cpd-credits", "quality-improvement", "significant-events", "colleague-feedback",
                                   "patient-feedback", "complaints-and-compliments", "pdp-review"})));
        QVERIFY(StandardRegistry::withBuiltIns().find(QStringLiteral("gp")));
        QCOMPARE(s.applicationDate, d("2026-06-15"));
        QCOMPARE(s.applicationOpens, d("2026-06-01"));
    }

    void appraisalYear_data()
    {
        QTest::addColumn<QDate>("next");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("ordinary") << d("2026-06-15") << d("2025-06-15") << d("2026-06-14");
        QTest::newRow("next on 29 Feb") << d("2028-02-29") << d("2027-03-01") << d("2028-02-28");
        QTest::newRow("year ends on 29 Feb") << d("2024-03-01") << d("2023-03-01") << d("2024-02-29");
        QTest::newRow("year after a 29 Feb appraisal") << d("2029-02-28") << d("2028-02-28") << d("2029-02-27");
        QTest::newRow("new year") << d("2027-01-01") << d("2026-01-01") << d("2026-12-31");
    }
    void appraisalYear()
    {
        QFETCH(QDate, next);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const DateRange year = GpAppraisalStandard::appraisalYear(next);
        QCOMPARE(year.start, start);
        QCOMPARE(year.end, end);
    }

    void creditsAtTheYearEdges()
    {
        const QList<EntryFacts> entries = {learning("2025-06-14", 1), learning("2025-06-15", 2), learning("2026-06-14", 4),
                                           learning("2026-06-15", 8)};
        const RevalidationStatus s = evaluate(gp("2026-06-15"), {}, entries, "2026-12-31");
        QCOMPARE(req(s, "cpd-credits").achieved, 6.0);
        QCOMPARE(req(s, "cpd-credits").required, 50.0);
        QCOMPARE(req(s, "cpd-credits").missing, QStringLiteral("44 more CPD credits"));
    }

    void creditsTargetIsConfigurableAndCreditsMayDifferFromHours()
    {
        Profile p = gp("2026-06-15");
        p.gpCreditsTarget = 40;
        EntryFacts e = learning("2026-01-10", 30);
        e.credits = 40; // credits given explicitly
        const RevalidationStatus s = evaluate(p, {}, {e}, "2026-03-14");
        QCOMPARE(req(s, "cpd-credits").required, 40.0);
        QVERIFY(req(s, "cpd-credits").met);
    }

    void creditsSpanningTheYearStartAreProRata()
    {
        // 8 credits over 2025-06-11..2025-06-18: 4 of 8 days in the year that starts 2025-06-15.
        const RevalidationStatus s = evaluate(gp("2026-06-15"), {}, {learning("2025-06-11", 8, 0, "2025-06-18")}, "2026-03-14");
        QCOMPARE(req(s, "cpd-credits").achieved, 4.0);
    }

    void yearlyKindsOfSupportingInformation()
    {
        const QList<EntryFacts> entries = {item("2025-06-14", "audit"), item("2025-06-15", "significant-event"),
                                           item("2026-06-14", "complaint-or-compliment")};
        RevalidationStatus s = evaluate(gp("2026-06-15"), {}, entries, "2026-06-14");
        QVERIFY(!req(s, "quality-improvement").met); // the day before the year
        QVERIFY(req(s, "significant-events").met);
        QVERIFY(req(s, "complaints-and-compliments").met);
        QCOMPARE(req(s, "quality-improvement").missing,
                 QStringLiteral("a quality improvement activity (audit, case review or QI project)"));
        s = evaluate(gp("2026-06-15"), {}, entries, "2026-06-13");
        QVERIFY(!req(s, "complaints-and-compliments").met); // not yet, as of the day before
    }

    void feedbackOncePerFiveYearCycle()
    {
        // Revalidation on 2028-06-15: the cycle runs 2023-06-15 .. 2028-06-14.
        const Profile p = gp("2026-06-15", "2028-06-15");
        const QList<EntryFacts> before = {item("2023-06-14", "feedback", "colleague"),
                                          item("2023-06-14", "feedback", "patient")};
        RevalidationStatus s = evaluate(p, {}, before, "2026-03-14");
        QCOMPARE(s.cycle.start, d("2023-06-15"));
        QCOMPARE(s.cycle.end, d("2028-06-14"));
        QVERIFY(!req(s, "colleague-feedback").met);
        QVERIFY(!req(s, "patient-feedback").met);
        // On the cycle's first day: outside this appraisal year, but inside the cycle, so it counts.
        const QList<EntryFacts> inCycle = {item("2023-06-15", "feedback", "colleague"),
                                           item("2024-01-01", "feedback", "manager")};
        s = evaluate(p, {}, inCycle, "2026-03-14");
        QVERIFY(req(s, "colleague-feedback").met);
        QCOMPARE(req(s, "colleague-feedback").entries, QStringList{inCycle[0].ids.first()});
        QVERIFY(!req(s, "patient-feedback").met); // a manager is not a patient
    }

    void cycleWithoutRevalidationDateEndsWithTheAppraisalYear()
    {
        const RevalidationStatus s = evaluate(gp("2028-02-29"), {}, {}, "2027-06-01");
        QCOMPARE(s.cycle.end, d("2028-02-28"));
        QCOMPARE(s.cycle.start, d("2023-03-01"));
    }

    void pdpReviewIsARecordInTheYear()
    {
        RevalidationStatus s = evaluate(gp("2026-06-15"), {pdpReview("2025-06-14")}, {}, "2026-06-14");
        QVERIFY(!req(s, "pdp-review").met);
        QCOMPARE(req(s, "pdp-review").missing, QStringLiteral("a review of last year's personal development plan"));
        const Record review = pdpReview("2025-06-15");
        s = evaluate(gp("2026-06-15"), {review}, {}, "2026-06-14");
        QVERIFY(req(s, "pdp-review").met);
        QCOMPARE(req(s, "pdp-review").records, QStringList{review.id});
    }

    void everythingMet()
    {
        const QList<EntryFacts> entries = {learning("2025-09-01", 50), item("2025-10-01", "audit"),
                                           item("2025-10-02", "significant-event"),
                                           item("2024-01-01", "feedback", "colleague"),
                                           item("2024-02-01", "feedback", "patient"),
                                           item("2025-11-01", "complaint-or-compliment")};
        const RevalidationStatus s = evaluate(gp("2026-06-15", "2028-06-15"), {pdpReview("2026-05-01")}, entries,
                                              "2026-06-01");
        QVERIFY2(s.allMet(), qPrintable(s.missing().join(QStringLiteral("; "))));
        QCOMPARE(s.daysToApplication(), 14);
    }

    void profileWithoutAppraisalDateIsAnError()
    {
        Profile p = gp("2026-06-15");
        p.nextAppraisalDate = {};
        QVERIFY(!GpAppraisalStandard().evaluate(p, {}, {}, d("2026-01-01")));
        QCOMPARE(StandardRegistry::withBuiltIns().applicableTo(gp("2026-06-15")), QStringList{QStringLiteral("gp")});
    }
};

QTEST_GUILESS_MAIN(TstGpAppraisalStandard)
#include "tst_gpappraisalstandard.moc"
