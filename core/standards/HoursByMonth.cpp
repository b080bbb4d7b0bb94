#include "standards/HoursByMonth.h"

namespace cpd {

QList<MonthHours> hoursByMonth(const QList<EntryFacts>& entries, const DateRange& range)
{
    QList<MonthHours> months;
    if (!range.isValid())
        return months;
    const QDate first(range.start.year(), range.start.month(), 1);
    for (QDate m = first; m <= range.end; m = m.addMonths(1))
        months.append({m});
    const auto indexOf = [&](const QDate& d) {
        return (d.year() - first.year()) * 12 + d.month() - first.month();
    };
    for (const EntryFacts& e : entries) {
        if (e.hours <= 0 && e.participatoryHours <= 0)
            continue;
        const double participatory = qMin(e.participatoryHours, e.hours);
        const double other = qMax(0.0, e.hours - participatory);
        if (e.span.start == e.span.end) {
            if (!range.contains(e.span.start))
                continue;
            MonthHours& m = months[indexOf(e.span.start)];
            m.participatory += participatory;
            m.other += other;
            continue;
        }
        const double days = double(e.span.days());
        for (QDate d = qMax(e.span.start, range.start); d <= qMin(e.span.end, range.end);) {
            const QDate monthEnd(d.year(), d.month(), d.daysInMonth());
            const QDate to = qMin(monthEnd, qMin(e.span.end, range.end));
            const double share = double(d.daysTo(to) + 1) / days;
            MonthHours& m = months[indexOf(d)];
            m.participatory += participatory * share;
            m.other += other * share;
            d = to.addDays(1);
        }
    }
    return months;
}

} // namespace cpd
