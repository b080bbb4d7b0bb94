#pragma once

#include "backup/BackupInfo.h"
#include "crypto/FileCrypto.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace cpd {

// Writes one backup of an open journal. SQLite's VACUUM INTO makes a consistent snapshot even
// while other connections write; the copy goes to a temporary name in the target's folder, is
// made a single self-contained file, synced, checked (BackupChecker), and only then renamed
// over target. So target is either the old file or a complete, checked backup: never half.
class BackupWriter
{
public:
    // Told the percentage done (estimated from the copy's size); returning false cancels.
    using Progress = std::function<bool(int percent)>;

    static Result<BackupInfo> write(const QSqlDatabase& source, const QString& target, const Progress& progress = {});
    // An encrypted backup: the plain copy is made (and checked) beside the journal, never in
    // target's folder (which may be a USB stick), encrypted into target, then deleted.
    static Result<BackupInfo> writeEncrypted(const QSqlDatabase& source, const QString& target,
                                             const QByteArray& passphrase, const FileCrypto::Params& params = {},
                                             const Progress& progress = {});
    // The temporary name write() uses for target (ignored by backup lists, removed on failure).
    static bool isTemporaryName(const QString& fileName);
    // Makes the file a self-contained rollback-journal database (VACUUM INTO copies WAL mode).
    static Status makeSelfContained(const QString& path);
    // fsync of a file and of its folder, so a rename survives a power cut (POSIX; no-op elsewhere).
    static Status sync(const QString& path);
};

} // namespace cpd
