#pragma once

#include "standards/DateRange.h"

#include <QString>

namespace cpd {

struct Entry;

// What the revalidation rules need to know about one journal entry, and nothing more: loading
// these few columns (not whole entries) keeps status over a 100,000-entry journal fast.
struct EntryFacts
{
    QString id;
    DateRange span; // date .. end date (the same day for a one-day activity)
    QString activity;
    QString feedbackSource;
    double hours = 0;
    double participatoryHours = 0;
    double credits = 0; // effective GP credits (credits, else hours)
    bool nmcTemplate = false;           // written on the NMC reflective account form
    bool completeReflectiveAccount = false; // ...with four answers, a Code theme, and final

    // The same classification EvidenceQuery makes in SQL, for entries already in memory.
    static EntryFacts fromEntry(const Entry& entry);
    // The NMC's rule for a written reflective account that counts.
    static bool isCompleteReflectiveAccount(const Entry& entry);
};

} // namespace cpd
