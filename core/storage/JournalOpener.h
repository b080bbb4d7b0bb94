#pragma once

#include "storage/Database.h"
#include "storage/JournalHealth.h"
#include "storage/JournalLock.h"

#include <expected>
#include <memory>

namespace cpd {

// Opens a journal for a person: writable when it can be; read-only, with the reason, when the
// file or its folder is read-only, another running copy holds it, or a newer version wrote it;
// otherwise a failure saying what is wrong (damaged, truncated, not a journal), so the window can
// offer a backup. Nothing is written to a journal it does not open writable.
class JournalOpener
{
public:
    enum class Problem { Missing, NotAJournal, Damaged, Other };
    struct Failure
    {
        Problem problem = Problem::Other;
        QString message;
    };
    struct Opened
    {
        std::unique_ptr<Database> database;
        std::unique_ptr<JournalLock> lock; // held while the journal is open writable (the GUI)
    };
    struct Options
    {
        bool create = true;
        bool lock = true; // the GUI locks; the CLI relies on SQLite's own locking for its short runs
    };

    static std::expected<Opened, Failure> open(const QString& path, Options options);
    static std::expected<Opened, Failure> open(const QString& path) { return open(path, {}); }
};

} // namespace cpd
