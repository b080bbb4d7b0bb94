#include "storage/JournalLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cpd {

JournalLock::JournalLock(const QString& journalPath)
    : m_journalPath(journalPath), m_lock(lockPath(journalPath))
{
    // A copy that keeps a journal open for days still holds it: only a lock whose process is gone
    // (killed, crashed, power cut) is stale, never an old one.
    m_lock.setStaleLockTime(0);
}

JournalLock::~JournalLock() = default;

QString JournalLock::lockPath(const QString& journalPath)
{
    return QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".lock");
}

Status JournalLock::acquire()
{
    if (m_lock.isLocked() || m_lock.tryLock(0))
        return {};
    switch (m_lock.error()) {
    case QLockFile::LockFailedError: {
        const auto who = holder();
        if (!who)
            return fail(QCoreApplication::translate("cpd::JournalLock",
                                                    "The journal is open in another copy of CPD Journal."));
        return fail(QCoreApplication::translate("cpd::JournalLock",
                                                "The journal is open in another copy of CPD Journal (%1, process %2 "
                                                "on %3). Close that copy to make changes here.")
                        .arg(QFileInfo(who->program).fileName())
                        .arg(who->pid)
                        .arg(who->host));
    }
    case QLockFile::PermissionError:
        return fail(QCoreApplication::translate("cpd::JournalLock",
                                                "The journal's folder %1 is read-only, so changes cannot be saved.")
                        .arg(QFileInfo(m_journalPath).absolutePath()));
    default:
        return fail(QCoreApplication::translate("cpd::JournalLock", "Could not mark the journal %1 as in use.")
                        .arg(m_journalPath));
    }
}

std::optional<JournalLock::Holder> JournalLock::holder() const
{
    Holder h;
    if (!m_lock.getLockInfo(&h.pid, &h.host, &h.program))
        return std::nullopt;
    return h;
}

} // namespace cpd
