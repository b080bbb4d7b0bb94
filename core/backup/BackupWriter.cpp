#include "backup/BackupWriter.h"

#include "backup/BackupChecker.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace cpd {

namespace {

const QString kPartial = QStringLiteral(".partial-");

struct ProgressState
{
    const BackupWriter::Progress* progress = nullptr;
    QString tempPath;
    qint64 expected = 1;
    int calls = 0;
    int lastPercent = -1;
    bool cancelled = false;
};

// SQLite calls this every few thousand VM steps of VACUUM INTO; a non-zero answer interrupts it.
int onProgress(void* data)
{
    auto* state = static_cast<ProgressState*>(data);
    if (++state->calls % 16 != 0)
        return 0;
    const int percent = int(std::clamp<qint64>(QFileInfo(state->tempPath).size() * 100 / state->expected, 0, 99));
    if (percent == state->lastPercent)
        return 0;
    state->lastPercent = percent;
    if (!(*state->progress)(percent)) {
        state->cancelled = true;
        return 1;
    }
    return 0;
}

Status vacuumInto(const QSqlDatabase& source, const QString& temp, const BackupWriter::Progress& progress,
                  bool& cancelled)
{
    ProgressState state;
    state.progress = &progress;
    state.tempPath = temp;
    const auto pages =
        Sql::scalar(source,
                    QStringLiteral("SELECT (SELECT page_count FROM pragma_page_count()) - "
                                   "(SELECT freelist_count FROM pragma_freelist_count())"),
                    QCoreApplication::translate("BackupWriter", "measure the journal"));
    const auto pageSize =
        Sql::scalar(source, QStringLiteral("PRAGMA page_size"),
                    QCoreApplication::translate("BackupWriter", "measure the journal"));
    if (pages && pageSize)
        state.expected = qMax<qint64>(1, pages->toLongLong() * pageSize->toLongLong());
    sqlite3* handle = progress ? Sql::handle(source) : nullptr;
    if (handle)
        sqlite3_progress_handler(handle, 1000, &onProgress, &state);
    QSqlQuery q(source);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    const bool ran = q.exec();
    if (handle)
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    cancelled = state.cancelled;
    if (!ran)
        return fail(Sql::describe(
            q.lastError(), QCoreApplication::translate("BackupWriter", "back up the journal")));
    return {};
}

} // namespace

bool BackupWriter::isTemporaryName(const QString& fileName)
{
    return fileName.startsWith(QLatin1Char('.')) && fileName.contains(kPartial);
}

Status BackupWriter::makeSelfContained(const QString& path)
{
    const QString name = QStringLiteral("cpd-backup-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            result = fail(
                Sql::describe(db.lastError(),
                              QCoreApplication::translate("BackupWriter", "open the backup copy")));
        else
            result =
                Sql::exec(db, QStringLiteral("PRAGMA journal_mode = DELETE"),
                          QCoreApplication::translate("BackupWriter", "finish the backup copy"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status BackupWriter::sync(const QString& path)
{
#ifdef Q_OS_UNIX
    for (const QString& p : {path, QFileInfo(path).absolutePath()}) {
        const int fd = ::open(QFile::encodeName(p).constData(), O_RDONLY);
        if (fd < 0)
            return fail(QCoreApplication::translate("BackupWriter",
                                                    "Could not open %1 to flush it to disk.")
                            .arg(p));
        const int rc = ::fsync(fd);
        ::close(fd);
        if (rc != 0)
            return fail(
                QCoreApplication::translate("BackupWriter", "Could not flush %1 to disk.").arg(p));
    }
#else
    Q_UNUSED(path);
#endif
    return {};
}

Result<BackupInfo> BackupWriter::write(const QSqlDatabase& source, const QString& target, const Progress& progress)
{
    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    if (targetInfo.isDir())
        return fail(QCoreApplication::translate("BackupWriter",
                                                "%1 is a folder; give a file name for the backup.")
                        .arg(target));
    if (QFileInfo(source.databaseName()).canonicalFilePath() == targetInfo.canonicalFilePath())
        return fail(
            QCoreApplication::translate(
                "BackupWriter", "%1 is the journal itself; choose another file for the backup.")
                .arg(target));
    if (!QDir().mkpath(folder))
        return fail(QCoreApplication::translate("BackupWriter",
                                                "Could not create the folder %1 for the backup.")
                        .arg(folder));
    const QString temp = QDir(folder).filePath(QLatin1Char('.') + targetInfo.fileName() + kPartial
                                               + QUuid::createUuid().toString(QUuid::Id128).left(8));
    const auto discard = [&](const Error& error) -> Result<BackupInfo> {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return std::unexpected(error);
    };

    // SQLite copies most pages without running its VM, so the progress handler may fire seldom:
    // Cancel is also honoured between the steps.
    const Error cancel{QCoreApplication::translate("BackupWriter", "The backup was cancelled; nothing was written.")};
    if (progress && !progress(0))
        return discard(cancel);
    bool cancelled = false;
    if (auto ok = vacuumInto(source, temp, progress, cancelled); !ok)
        return discard(cancelled ? cancel : ok.error());
    if (progress && !progress(90))
        return discard(cancel);
    if (auto ok = makeSelfContained(temp); !ok)
        return discard(ok.error());
    auto info = BackupChecker::check(temp);
    if (!info)
        return discard(Error{QCoreApplication::translate("BackupWriter", "The backup failed its check, so it was not kept: %1")
                                 .arg(info.error().message)});
    if (progress && !progress(95))
        return discard(cancel);
    if (auto ok = sync(temp); !ok)
        return discard(ok.error());
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temp).toStdString(), QFile::encodeName(target).toStdString(), error);
    if (error)
        return discard(Error{QStringLiteral("Could not put the backup in place at %1: %2")
                                 .arg(target, QString::fromStdString(error.message()))});
    if (auto ok = sync(target); !ok)
        return std::unexpected(ok.error());
    info->path = targetInfo.absoluteFilePath();
    if (progress)
        progress(100);
    return info;
}

Result<BackupInfo> BackupWriter::writeEncrypted(const QSqlDatabase& source, const QString& target,
                                                const QByteArray& passphrase, const FileCrypto::Params& params,
                                                const Progress& progress)
{
    if (passphrase.isEmpty())
        return fail(QCoreApplication::translate(
            "BackupWriter", "The passphrase is empty; choose one to encrypt with."));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(QCoreApplication::translate("BackupWriter", "Could not create the folder %1 for the backup.")
                        .arg(QFileInfo(target).absolutePath()));
    const QFileInfo journal(source.databaseName());
    const QString plain = journal.absoluteDir().filePath(QLatin1Char('.') + journal.fileName() + kPartial + QStringLiteral("plain-")
                                                         + QUuid::createUuid().toString(QUuid::Id128).left(8));
    // Copying is most of the time; encrypting the rest.
    auto info = write(source, plain, [&](int percent) { return !progress || progress(percent * 7 / 10); });
    if (!info)
        return info;
    const auto encrypted = FileCrypto::encryptFile(plain, target, passphrase, params, [&](qint64 done, qint64 total) {
        return !progress || total <= 0 || progress(70 + int(done * 30 / total));
    });
    QFile::remove(plain);
    if (!encrypted)
        return std::unexpected(encrypted.error());
    info->path = QFileInfo(target).absoluteFilePath();
    info->size = QFileInfo(target).size();
    info->encrypted = true;
    return info;
}

} // namespace cpd
