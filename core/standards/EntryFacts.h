#pragma once

#include "standards/DateRange.h"

#include <QStringList>

namespace cpd {

struct Entry;

// What the revalidation rules need to know about journal entries, and nothing more. One EntryFacts
// stands for one entry, or for several with the same dates and classification (their hours
// summed): EvidenceQuery groups them in SQL, which keeps status over 100,000 entries fast.
struct EntryFacts
{
    QStringList ids;
    DateRange span; // date .. end date (the same day for a one-day activity)
    QString activity;
    QString feedbackSource;
    double hours = 0; // totals over ids
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
