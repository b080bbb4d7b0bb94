// `import json`: a whole journal document restored into a real journal file, all or nothing.
// The journal is opened once; after an import that succeeded it is replaced by a fresh copy, so
// every run starts from an empty journal without paying for the migrations again.
#include "FuzzSupport.h"
#include "export/JournalJson.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include <QDir>

#include <memory>

namespace {

struct Journal
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    QString pristine = dir.filePath(QStringLiteral("pristine.cpdj"));
    std::unique_ptr<cpd::Database> db;

    Journal()
    {
        auto made = cpd::Database::open(pristine);
        if (!made)
            cpd::fuzz::broken("cannot make a journal");
        made->reset(); // closed, so the copy below is the whole of it
        reopen();
    }
    void reopen()
    {
        db.reset();
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (!QFile::copy(pristine, path))
            cpd::fuzz::broken("cannot copy the empty journal");
        auto opened = cpd::Database::open(path);
        if (!opened)
            cpd::fuzz::broken("cannot open the journal copy");
        db = std::move(*opened);
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpd::fuzz::ensureApp();
    static Journal journal;
    static const cpd::FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    const auto imported =
        cpd::JournalJson::importJournal(*journal.db, clock, cpd::fuzz::bytes(data, size));
    if (imported) {
        // What was imported must export again (the document is meant to round-trip).
        if (!cpd::JournalJson::exportJournal(*journal.db))
            cpd::fuzz::broken("an imported journal does not export");
        journal.reopen();
    }
    return 0;
}
