// `import json`: a whole journal document restored into a real journal file, all or nothing.
#include "FuzzSupport.h"
#include "export/JournalJson.h"
#include "util/FixedClock.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static cpd::fuzz::FuzzJournal journal;
    static const cpd::FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    const auto imported =
        cpd::JournalJson::importJournal(journal.db(), clock, cpd::fuzz::bytes(data, size));
    if (imported) {
        // What was imported must export again (the document is meant to round-trip).
        if (!cpd::JournalJson::exportJournal(journal.db()))
            cpd::fuzz::broken("an imported journal does not export");
        journal.reset();
    }
    return 0;
}
