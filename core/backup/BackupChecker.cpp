#include "backup/BackupChecker.h"

#include "crypto/FileCrypto.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

namespace {

Result<BackupInfo> checkOpen(const QSqlDatabase& db, const QString& path)
{
    const QString doing =
        QCoreApplication::translate("BackupChecker", "check %1").arg(QFileInfo(path).fileName());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(QCoreApplication::translate("BackupChecker", "%1 is not a readable journal: %2")
                        .arg(path, Sql::describe(q.lastError(), doing)));
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
    }
    if (!problems.isEmpty())
        return fail(QCoreApplication::translate("BackupChecker",
                                                "%1 is damaged (SQLite integrity check: %2).")
                        .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"), doing);
    if (!appId)
        return std::unexpected(appId.error());
    if (appId->toInt() != Database::kApplicationId)
        return fail(
            QCoreApplication::translate("BackupChecker", "%1 is not a CPD journal.").arg(path));
    auto version = Migrator::currentVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version < 1)
        return fail(QCoreApplication::translate("BackupChecker",
                                                "%1 is not a CPD journal (it has no schema).")
                        .arg(path));
    if (*version > Migrator::latestVersion())
        return fail(
            QCoreApplication::translate(
                "BackupChecker",
                "%1 was written by a newer version of CPD Journal (journal version %2; this "
                "version reads up to %3). Update CPD Journal to use it.")
                .arg(path)
                .arg(*version)
                .arg(Migrator::latestVersion()));
    BackupInfo info;
    info.path = path;
    info.version = *version;
    auto entries = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM entries WHERE deleted_at IS NULL"), doing);
    if (!entries)
        entries = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM entries"), doing);
    if (!entries)
        return std::unexpected(entries.error());
    info.entries = entries->toInt();
    info.ok = true;
    return info;
}

} // namespace

Result<BackupInfo> BackupChecker::check(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isFile())
        return fail(QCoreApplication::translate("BackupChecker", "%1: no such file").arg(path));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("BackupChecker", "Could not read %1: %2")
                            .arg(path, f.errorString()));
        const QByteArray head = f.read(16);
        if (FileCrypto::isEncrypted(head))
            return fail(QCoreApplication::translate("BackupChecker",
                                                    "%1 is encrypted; give its passphrase.")
                            .arg(path));
        if (head != QByteArray("SQLite format 3\0", 16))
            return fail(QCoreApplication::translate(
                            "BackupChecker", "%1 is not a CPD journal (not an SQLite database).")
                            .arg(path));
    }
    const QString name = QStringLiteral("cpd-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Result<BackupInfo> result = fail(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file.absoluteFilePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            result = fail(Sql::describe(
                db.lastError(), QCoreApplication::translate("BackupChecker", "open %1").arg(path)));
        else
            result = checkOpen(db, file.absoluteFilePath());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result) {
        result->size = file.size();
        result->created = file.lastModified();
    }
    return result;
}

BackupInfo BackupChecker::inspect(const QString& path)
{
    auto checked = check(path);
    if (checked)
        return *checked;
    const QFileInfo file(path);
    BackupInfo info;
    info.path = file.absoluteFilePath();
    info.size = file.size();
    info.created = file.lastModified();
    info.encrypted = FileCrypto::isEncryptedFile(path);
    info.problem = checked.error().message;
    return info;
}

} // namespace cpd
