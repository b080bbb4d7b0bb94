#pragma once

#include "backup/BackupInfo.h"
#include "crypto/FileCrypto.h"
#include "util/Result.h"

namespace cpd {

class Clock;

// Puts a backup in place of a journal. The backup is copied (or decrypted) to a temporary file
// beside the journal and checked there first (integrity, a CPD journal, a version this build
// reads); only then is the current journal (with its -wal and -shm) renamed aside as
// <journal>.before-restore-<yyyyMMdd-HHmmss> and the copy renamed into its place. A bad backup,
// a wrong passphrase or a cancel changes nothing. The journal must not be open meanwhile.
class JournalRestorer
{
public:
    struct Restored
    {
        BackupInfo backup;
        QString keptAside; // where the journal that was replaced now is ("" when there was none)
    };

    static Result<Restored> restore(const QString& backupPath, const QString& journalPath, const Clock& clock,
                                    const QByteArray& passphrase = {}, const FileCrypto::Progress& progress = {});
};

} // namespace cpd
