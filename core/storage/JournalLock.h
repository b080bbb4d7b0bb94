#pragma once

#include "util/Result.h"

#include <QLockFile>
#include <QString>

#include <optional>

namespace cpd {

// Marks a journal as open for writing in one running copy of CPD Journal: a lock file beside the
// journal (journal.cpdj.lock). A second copy finds it held and opens the journal read-only,
// saying who holds it; a lock left by a copy that was killed or crashed is taken over.
class JournalLock
{
public:
    struct Holder
    {
        qint64 pid = 0;
        QString host;
        QString program;
    };

    explicit JournalLock(const QString& journalPath);
    ~JournalLock();
    JournalLock(const JournalLock&) = delete;
    JournalLock& operator=(const JournalLock&) = delete;

    static QString lockPath(const QString& journalPath);

    // Takes the lock, or says why not (held by another running copy, or the folder is read-only).
    Status acquire();
    bool isHeld() const { return m_lock.isLocked(); }
    // Who holds the lock now, when someone else does.
    std::optional<Holder> holder() const;

private:
    QString m_journalPath;
    QLockFile m_lock;
};

} // namespace cpd
