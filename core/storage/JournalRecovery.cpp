#include "storage/JournalRecovery.h"

#include "storage/JournalHealth.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cpd {

Result<QString> JournalRecovery::setAside(const QString& path, const QDateTime& now)
{
    const QString base = QStringLiteral("%1.damaged-%2").arg(path, now.toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QString aside = base;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = QStringLiteral("%1-%2").arg(base).arg(n);
    if (!QFile::rename(path, aside))
        return fail(QCoreApplication::translate("cpd::JournalRecovery", "Could not move the damaged journal %1 aside.")
                        .arg(path));
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
            return fail(QCoreApplication::translate("cpd::JournalRecovery", "Could not move %1 aside.").arg(path + suffix));
    }
    return aside;
}

Result<QString> JournalRecovery::restore(const QString& path, const QString& backup, const QDateTime& now)
{
    const JournalHealth::Report check = JournalHealth::deepCheck(backup);
    if (!check.healthy())
        return fail(QCoreApplication::translate("cpd::JournalRecovery", "The backup %1 is damaged too (%2).")
                        .arg(backup, check.detail));
    const QString staging = path + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(backup, staging))
        return fail(QCoreApplication::translate("cpd::JournalRecovery", "Could not copy the backup %1 beside the journal.")
                        .arg(backup));
    auto aside = setAside(path, now);
    if (!aside) {
        QFile::remove(staging);
        return aside;
    }
    if (!QFile::rename(staging, path))
        return fail(QCoreApplication::translate("cpd::JournalRecovery",
                                                "Could not put the backup in place of the journal; the backup copy is %1.")
                        .arg(staging));
    return aside;
}

} // namespace cpd
