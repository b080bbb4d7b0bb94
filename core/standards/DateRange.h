#pragma once

#include <QDate>

namespace cpd {

// An inclusive run of days, [start, end]. Revalidation windows, appraisal years and the span of
// an entry are all DateRanges.
struct DateRange
{
    QDate start;
    QDate end;

    bool isValid() const { return start.isValid() && end.isValid() && start <= end; }
    bool contains(const QDate& day) const { return isValid() && day >= start && day <= end; }
    qint64 days() const { return isValid() ? start.daysTo(end) + 1 : 0; }
    // The days this range shares with other (0 when they do not meet).
    qint64 overlapDays(const DateRange& other) const
    {
        if (!isValid() || !other.isValid())
            return 0;
        const QDate from = qMax(start, other.start);
        const QDate to = qMin(end, other.end);
        return from <= to ? from.daysTo(to) + 1 : 0;
    }
    // The share of this range that falls inside window, from 0 to 1: how hours of an activity that
    // spans a window boundary are counted (pro rata by days).
    double fractionInside(const DateRange& window) const
    {
        const qint64 total = days();
        return total == 0 ? 0.0 : double(overlapDays(window)) / double(total);
    }
    // The range cut short at day (for "as of" views); invalid when it starts after day.
    DateRange clippedTo(const QDate& day) const { return {start, qMin(end, day)}; }

    friend bool operator==(const DateRange&, const DateRange&) = default;
};

} // namespace cpd
