#pragma once

#include "standards/DateRange.h"
#include "standards/EntryFacts.h"
#include "standards/RevalidationStatus.h"

#include <functional>

namespace cpd {

// The counting rules every standard shares, so they are decided (and tested) once.
//
// Hours and credits of an activity that spans a window boundary count pro rata by days: a
// 10-hour course over 10 days with 4 of them inside the window counts 4 hours. A countable piece
// of evidence (feedback, a reflective account, a significant event, a record) belongs to the
// window that holds its last day, when the learning or the event was complete; so it counts in
// exactly one of two consecutive windows.
namespace StandardRules {

// The date n years before day; when day is the last day of its month (as NMC renewal dates
// are) the answer is the last day of that month, so 28 February 2027 goes back to 29 February 2024.
QDate yearsBefore(const QDate& day, int years);
// The n years ending on end, inclusive: from the day after yearsBefore(end, n).
DateRange yearsEndingOn(const QDate& end, int years);
// The window evidence counts in as of a day: the period, cut short at asOf.
DateRange countingWindow(const DateRange& period, const QDate& asOf);
bool countsAsItem(const DateRange& span, const DateRange& window);

using FactValue = std::function<double(const EntryFacts&)>;
using FactTest = std::function<bool(const EntryFacts&)>;
// Sums value over entries pro rata inside window; fills achieved and entries (those adding > 0).
void sumProRata(RequirementProgress& r, const QList<EntryFacts>& entries, const DateRange& window,
                const FactValue& value);
// Counts the entries passing test whose last day falls in window.
void countItems(RequirementProgress& r, const QList<EntryFacts>& entries, const DateRange& window,
                const FactTest& test);
// A number for people: whole numbers without decimals, else one or two decimals.
QString amount(double value);

} // namespace StandardRules
} // namespace cpd
