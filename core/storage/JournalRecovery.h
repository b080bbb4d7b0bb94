#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace cpd {

// Puts a damaged journal aside and a good backup in its place. The damaged file is renamed,
// never deleted (with its -wal and -shm beside it), so nothing in it is lost for good.
class JournalRecovery
{
public:
    // The newest backup of a journal that passes its own check, if any. Backups (core/backup)
    // provide it; the window is given one at start.
    using LatestGoodBackup = std::function<std::optional<QString>(const QString& journalPath)>;

    // Renames path (and its -wal, -shm) to path.damaged-YYYYMMDD-HHMMSS; returns the new name.
    static Result<QString> setAside(const QString& path, const QDateTime& now);
    // Checks backup (a full check), sets the journal aside, and copies the backup into its place.
    // Returns where the damaged journal now is.
    static Result<QString> restore(const QString& path, const QString& backup, const QDateTime& now);
};

} // namespace cpd
