#pragma once

#include "standards/DateRange.h"
#include "standards/EntryFacts.h"

#include <QList>

namespace cpd {

// CPD hours per calendar month, split into participatory and the rest (for the stacked chart).
// An entry spanning months is shared between them pro rata by days, as the rules count it.
struct MonthHours
{
    QDate month; // the 1st of the month
    double participatory = 0;
    double other = 0;
};

QList<MonthHours> hoursByMonth(const QList<EntryFacts>& entries, const DateRange& range);

} // namespace cpd
