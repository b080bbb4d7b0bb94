#include "standards/GpAppraisalStandard.h"

#include "standards/StandardRules.h"

#include <QCoreApplication>

#include <cmath>

namespace cpd {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GpAppraisalStandard", text);
}

} // namespace

QString GpAppraisalStandard::name() const
{
    return QCoreApplication::translate("GpAppraisalStandard", "GP appraisal");
}

DateRange GpAppraisalStandard::appraisalYear(const QDate& nextAppraisalDate)
{
    QDate start = nextAppraisalDate.addYears(-1);
    // 29 February has no day a year before: start on 1 March so the year is not 366 days long.
    if (nextAppraisalDate.month() == 2 && nextAppraisalDate.day() == 29)
        start = QDate(nextAppraisalDate.year() - 1, 3, 1);
    return {start, nextAppraisalDate.addDays(-1)};
}

DateRange GpAppraisalStandard::revalidationCycle(const Profile& profile)
{
    if (profile.revalidationDate.isValid())
        return StandardRules::yearsEndingOn(profile.revalidationDate.addDays(-1), 5);
    return StandardRules::yearsEndingOn(appraisalYear(profile.nextAppraisalDate).end, 5);
}

Status GpAppraisalStandard::checkProfile(const Profile& profile) const
{
    if (!profile.nextAppraisalDate.isValid())
        return fail(QCoreApplication::translate(
            "GpAppraisalStandard",
            "The profile has no next_appraisal_date, so the appraisal year is unknown; "
            "set it with profile set."));
    return {};
}

DateRange GpAppraisalStandard::evidenceRange(const Profile& profile) const
{
    const DateRange year = appraisalYear(profile.nextAppraisalDate);
    const DateRange cycle = revalidationCycle(profile);
    return {qMin(year.start, cycle.start), qMax(year.end, cycle.end)};
}

Result<RevalidationStatus> GpAppraisalStandard::evaluate(const Profile& profile, const QList<Record>& records,
                                                         const QList<EntryFacts>& entries, const QDate& asOf) const
{
    if (auto ok = checkProfile(profile); !ok)
        return std::unexpected(ok.error());
    RevalidationStatus s;
    s.standard = id();
    s.name = name();
    s.period = appraisalYear(profile.nextAppraisalDate);
    s.cycle = revalidationCycle(profile);
    s.applicationDate = profile.nextAppraisalDate;
    s.applicationOpens = QDate(s.applicationDate.year(), s.applicationDate.month(), 1);
    s.asOf = asOf;
    const DateRange year = StandardRules::countingWindow(s.period, asOf);
    const DateRange cycle = StandardRules::countingWindow(s.cycle, asOf);

    {
        RequirementProgress r{QStringLiteral("cpd-credits"), QCoreApplication::translate("GpAppraisalStandard", "CPD credits"), RequirementProgress::Unit::Credits};
        r.required = profile.gpCreditsTarget;
        StandardRules::sumProRata(r, entries, year, [](const EntryFacts& e) { return e.credits; });
        if (!r.met) {
            const double gap = std::ceil((r.required - r.achieved) * 100.0 - 1e-6) / 100.0;
            r.missing = gap == 1.0 ? QCoreApplication::translate("GpAppraisalStandard", "1 more CPD credit") : QCoreApplication::translate("GpAppraisalStandard", "%1 more CPD credits").arg(StandardRules::amount(gap));
        }
        s.requirements << r;
    }
    struct ItemRule
    {
        const char* id;
        const char* label;
        const char* missing;
        bool overCycle;
        StandardRules::FactTest test;
    };
    const ItemRule items[] = {
        {"quality-improvement", QT_TRANSLATE_NOOP("GpAppraisalStandard", "Quality improvement activity"),
         QT_TRANSLATE_NOOP("GpAppraisalStandard", "a quality improvement activity (audit, case review or QI project)"),
         false, [](const EntryFacts& e) { return e.activity == QLatin1String("audit"); }},
        {"significant-events", QT_TRANSLATE_NOOP("GpAppraisalStandard", "Significant events"),
         QT_TRANSLATE_NOOP("GpAppraisalStandard", "a significant event analysis or learning event"),
         false, [](const EntryFacts& e) { return e.activity == QLatin1String("significant-event"); }},
        {"colleague-feedback", QT_TRANSLATE_NOOP("GpAppraisalStandard", "Feedback from colleagues"),
         QT_TRANSLATE_NOOP("GpAppraisalStandard", "colleague feedback in this five-year revalidation cycle"),
         true, [](const EntryFacts& e) {
             return e.activity == QLatin1String("feedback") && e.feedbackSource == QLatin1String("colleague");
         }},
        {"patient-feedback", QT_TRANSLATE_NOOP("GpAppraisalStandard", "Feedback from patients"),
         QT_TRANSLATE_NOOP("GpAppraisalStandard", "patient feedback in this five-year revalidation cycle"),
         true, [](const EntryFacts& e) {
             return e.activity == QLatin1String("feedback") && e.feedbackSource == QLatin1String("patient");
         }},
        {"complaints-and-compliments", QT_TRANSLATE_NOOP("GpAppraisalStandard", "Complaints and compliments"),
         QT_TRANSLATE_NOOP("GpAppraisalStandard", "a review of complaints and compliments"),
         false, [](const EntryFacts& e) { return e.activity == QLatin1String("complaint-or-compliment"); }},
    };
    for (const ItemRule& item : items) {
        RequirementProgress r{QString::fromLatin1(item.id), tr(item.label)};
        r.required = 1;
        StandardRules::countItems(r, entries, item.overCycle ? cycle : year, item.test);
        if (!r.met)
            r.missing = tr(item.missing);
        s.requirements << r;
    }
    {
        RequirementProgress r{QStringLiteral("pdp-review"), QCoreApplication::translate("GpAppraisalStandard", "Review of last year's PDP")};
        r.required = 1;
        for (const Record& rec : records) {
            if (rec.as<PdpReview>() && StandardRules::countsAsItem(rec.span(), year))
                r.records << rec.id;
        }
        r.achieved = double(r.records.size());
        r.met = r.achieved >= r.required;
        if (!r.met)
            r.missing = QCoreApplication::translate("GpAppraisalStandard", "a review of last year's personal development plan");
        s.requirements << r;
    }
    return s;
}

} // namespace cpd
