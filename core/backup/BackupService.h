#pragma once

#include "backup/BackupInfo.h"
#include "backup/BackupWriter.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace cpd {

class Clock;

// A journal's automatic backups. They live in a folder beside the journal, named after it
// (journal.cpdj -> journal-backups/), so they follow a journal given with --db and a test's
// journal stays in its temporary folder; they are on the same disk, so `backup -o` to another
// disk is still the way to survive a lost disk. Files are named
// <journal>-<yyyyMMdd-HHmmss>-<kind>.cpdj (local time; kind daily, manual or upgrade-vN) and
// rotated by BackupRotation after each new one. Only files with such names are ever deleted.
class BackupService
{
public:
    BackupService(QString journalPath, const Clock& clock);

    static QString folderFor(const QString& journalPath);
    QString folder() const { return folderFor(m_journalPath); }

    // The backups in the folder, newest first. With check, each is opened and checked
    // (integrity, entries); without, only the name, date and size are filled in (ok unknown).
    QList<BackupInfo> list(bool check = true) const;
    // The newest backup that passes its check: what to offer when the journal is damaged.
    std::optional<BackupInfo> latestGood() const;

    // A backup into the folder now (kind "manual" or "daily"), then rotation.
    Result<BackupInfo> backUp(const QSqlDatabase& source, const QString& kind,
                              const BackupWriter::Progress& progress = {});
    // The daily backup, when there is none from today yet (first use of the day); nullopt when
    // none was due.
    Result<std::optional<BackupInfo>> dailyIfDue(const QSqlDatabase& source,
                                                 const BackupWriter::Progress& progress = {});
    // Deletes the automatic backups the rotation no longer keeps; returns their paths.
    Result<QStringList> rotate();

    // Database::open calls this before upgrading a journal that already has a schema.
    static Result<BackupInfo> beforeUpgrade(const QSqlDatabase& source, const QString& journalPath,
                                            int fromVersion, const QDateTime& now);

private:
    static QList<BackupInfo> listIn(const QString& folder, bool check);
    static Result<QStringList> rotateIn(const QString& folder);
    static QString fileName(const QString& journalPath, const QDateTime& when, const QString& kind);

    QString m_journalPath;
    const Clock& m_clock;
};

} // namespace cpd
