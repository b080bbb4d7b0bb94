#pragma once

#include "backup/BackupInfo.h"
#include "util/Result.h"

namespace cpd {

// Checks a file before anyone relies on it: SQLite's integrity_check, the journal's
// application_id and a schema version this build can read. Opens the file read-only.
class BackupChecker
{
public:
    // The file's facts when it is an intact journal; otherwise an error saying what is wrong.
    static Result<BackupInfo> check(const QString& path);
    // The same as a row for a list: a bad or encrypted file gives ok = false and the problem.
    static BackupInfo inspect(const QString& path);
};

} // namespace cpd
