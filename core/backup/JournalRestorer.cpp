#include "backup/JournalRestorer.h"

#include "backup/BackupChecker.h"
#include "backup/BackupWriter.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

namespace cpd {

namespace {

const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

Status copyWithProgress(const QString& from, const QString& to, const FileCrypto::Progress& progress)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("JournalRestorer", "Could not read %1: %2")
                        .arg(from, in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(QCoreApplication::translate("JournalRestorer", "Could not write %1: %2")
                        .arg(to, out.errorString()));
    const qint64 total = in.size();
    while (!in.atEnd()) {
        const QByteArray block = in.read(1024 * 1024);
        if (block.isEmpty() || out.write(block) != block.size())
            return fail(QCoreApplication::translate("JournalRestorer", "Could not copy %1: %2")
                            .arg(from, out.errorString()));
        if (progress && !progress(in.pos(), total))
            return fail(QCoreApplication::translate(
                "JournalRestorer", "The restore was cancelled; nothing was changed."));
    }
    return {};
}

} // namespace

Result<JournalRestorer::Restored> JournalRestorer::restore(const QString& backupPath, const QString& journalPath,
                                                           const Clock& clock, const QByteArray& passphrase,
                                                           const FileCrypto::Progress& progress)
{
    const QFileInfo backup(backupPath);
    const QFileInfo journal(journalPath);
    if (!backup.isFile())
        return fail(
            QCoreApplication::translate("JournalRestorer", "%1: no such file").arg(backupPath));
    if (journal.exists() && backup.canonicalFilePath() == journal.canonicalFilePath())
        return fail(QCoreApplication::translate("JournalRestorer",
                                                "%1 is the journal itself; choose a backup.")
                        .arg(backupPath));
    const bool encrypted = FileCrypto::isEncryptedFile(backupPath);
    if (encrypted && passphrase.isEmpty())
        return fail(
            QCoreApplication::translate("JournalRestorer", "%1 is encrypted; give its passphrase.")
                .arg(backupPath));
    if (!QDir().mkpath(journal.absolutePath()))
        return fail(
            QCoreApplication::translate("JournalRestorer", "Could not create the folder %1.")
                .arg(journal.absolutePath()));

    const QString temp = journal.absoluteDir().filePath(QLatin1Char('.') + journal.fileName() + QStringLiteral(".partial-")
                                                        + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const auto discard = [&](const Error& error) -> Result<Restored> {
        for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(temp + suffix);
        return std::unexpected(error);
    };
    Status staged = encrypted ? FileCrypto::decryptFile(backupPath, temp, passphrase, progress)
                              : copyWithProgress(backupPath, temp, progress);
    if (!staged)
        return discard(staged.error());
    // A copy of a live journal may be in WAL mode; make it one file (errors show in the check).
    (void)BackupWriter::makeSelfContained(temp);
    auto info = BackupChecker::check(temp);
    if (!info) {
        QString message = info.error().message;
        message.replace(temp, backupPath);
        return discard(Error{message + QStringLiteral(" Nothing was changed.")});
    }
    info->path = backup.absoluteFilePath();
    info->encrypted = encrypted;
    if (auto ok = BackupWriter::sync(temp); !ok)
        return discard(ok.error());

    Restored result{*info, QString()};
    if (journal.exists()) {
        QString aside = journal.absoluteFilePath() + QStringLiteral(".before-restore-")
                        + clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = aside.section(QLatin1Char('~'), 0, 0) + QStringLiteral("~%1").arg(n);
        QStringList moved;
        for (const QString& suffix : kCompanions) {
            const QString from = journal.absoluteFilePath() + suffix;
            if (!QFileInfo::exists(from))
                continue;
            if (!QFile::rename(from, aside + suffix)) {
                for (const QString& done : std::as_const(moved))
                    QFile::rename(aside + done, journal.absoluteFilePath() + done);
                return discard(Error{QStringLiteral("Could not move the current journal aside (%1); nothing was "
                                                    "changed.")
                                         .arg(from)});
            }
            moved << suffix;
        }
        result.keptAside = aside;
    }
    if (!QFile::rename(temp, journal.absoluteFilePath())) {
        if (!result.keptAside.isEmpty()) {
            for (const QString& suffix : kCompanions) {
                if (QFileInfo::exists(result.keptAside + suffix))
                    QFile::rename(result.keptAside + suffix, journal.absoluteFilePath() + suffix);
            }
        }
        return discard(Error{QStringLiteral("Could not put the backup in place of %1; nothing was changed.")
                                 .arg(journalPath)});
    }
    (void)BackupWriter::sync(journal.absoluteFilePath());
    return result;
}

} // namespace cpd
