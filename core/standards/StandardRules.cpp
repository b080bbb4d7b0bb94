#include "standards/StandardRules.h"

#include <QLocale>

#include <cmath>

namespace cpd::StandardRules {

QDate yearsBefore(const QDate& day, int years)
{
    QDate before = day.addYears(-years);
    if (day.day() == day.daysInMonth())
        before = QDate(before.year(), before.month(), before.daysInMonth());
    return before;
}

DateRange yearsEndingOn(const QDate& end, int years)
{
    return {yearsBefore(end, years).addDays(1), end};
}

DateRange countingWindow(const DateRange& period, const QDate& asOf)
{
    return period.clippedTo(asOf);
}

bool countsAsItem(const DateRange& span, const DateRange& window)
{
    return window.contains(span.end);
}

void sumProRata(RequirementProgress& r, const QList<EntryFacts>& entries, const DateRange& window,
                const FactValue& value)
{
    double total = 0;
    for (const EntryFacts& e : entries) {
        const double v = value(e);
        if (v <= 0)
            continue;
        // Most entries are one day: skip the division for them.
        const double share = e.span.start == e.span.end ? (window.contains(e.span.start) ? 1.0 : 0.0)
                                                        : e.span.fractionInside(window);
        if (share <= 0)
            continue;
        total += v * share;
        r.entries << e.ids;
    }
    r.achieved = total;
    // Sums of fractions: compare with a little tolerance so 35 pro-rata hours meet 35.
    r.met = total + 1e-9 >= r.required;
}

void countItems(RequirementProgress& r, const QList<EntryFacts>& entries, const DateRange& window,
                const FactTest& test)
{
    for (const EntryFacts& e : entries) {
        if (test(e) && countsAsItem(e.span, window))
            r.entries << e.ids;
    }
    r.achieved = double(r.entries.size());
    r.met = r.achieved >= r.required;
}

QString amount(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    if (rounded == std::floor(rounded))
        return QString::number(qint64(rounded));
    return QString::number(rounded, 'f', std::round(rounded * 10.0) == rounded * 10.0 ? 1 : 2);
}

} // namespace cpd::StandardRules
