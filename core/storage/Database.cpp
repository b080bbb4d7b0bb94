#include "storage/Database.h"

#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace cpd {

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(QCoreApplication::translate("Database", "%1 is a folder, not a journal file.")
                        .arg(path));
    if (!info.exists()) {
        if (!options.create || options.readOnly)
            return fail(
                QCoreApplication::translate("Database", "There is no journal at %1.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QCoreApplication::translate(
                            "Database", "Could not create the folder %1 for the journal.")
                            .arg(info.absolutePath()));
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(QCoreApplication::translate(
            "Database", "Qt's SQLite driver is not installed (Debian package "
                        "libqt6sql6-sqlite)."));

    const QString name = QStringLiteral("cpd-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    database->m_readOnly = options.readOnly;
    database->m_readOnlyReason = options.readOnlyReason;
    if (options.readOnly && !QFileInfo(info.absolutePath()).isWritable()) {
        // In a read-only folder SQLite cannot make the WAL index beside the file; nothing can
        // change the file there either, so it is opened as immutable.
        QUrl url = QUrl::fromLocalFile(database->m_path);
        url.setQuery(QStringLiteral("immutable=1"));
        db.setDatabaseName(url.toString());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    } else {
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(options.readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                              : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
    }
    if (!db.open())
        return fail(Sql::describe(
            db.lastError(),
            QCoreApplication::translate("Database", "open the journal %1").arg(path)));

    if (auto ok = database->checkIsJournal(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = database->configure(); !ok)
        return std::unexpected(ok.error());
    if (!options.readOnly) {
        if (auto ok = Migrator::migrate(db); !ok)
            return std::unexpected(ok.error());
    }
    return database;
}

Status Database::checkIsJournal()
{
    const QSqlDatabase db = connection();
    // Reading the schema is the first thing that touches the file's bytes.
    auto tables = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"),
                              QCoreApplication::translate("Database", "read %1").arg(m_path));
    if (!tables)
        return std::unexpected(tables.error());
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"),
                             QCoreApplication::translate("Database", "read %1").arg(m_path));
    if (!appId)
        return std::unexpected(appId.error());
    auto version = Migrator::currentVersion(db);
    if (!version)
        return std::unexpected(version.error());
    const int id = appId->toInt();
    if (id != 0 && id != kApplicationId)
        return fail(QCoreApplication::translate(
                        "Database",
                        "%1 is an SQLite database of another program, not a CPD journal; "
                        "it was left untouched.")
                        .arg(m_path));
    if (id == 0 && tables->toInt() > 0 && *version == 0)
        return fail(QCoreApplication::translate(
                        "Database", "%1 is an SQLite database but not a CPD journal; it was left "
                                    "untouched.")
                        .arg(m_path));
    if (*version < Migrator::latestVersion() && m_readOnly && *version > 0)
        return fail(QCoreApplication::translate(
                        "Database",
                        "%1 needs upgrading to this version of CPD Journal, which cannot be done "
                        "while it is read-only (%2)")
                        .arg(m_path, m_readOnlyReason));
    // A newer journal may still be read: the reader decides (JournalOpener opens it read-only).
    if (*version > Migrator::latestVersion() && !m_readOnly)
        return fail(QCoreApplication::translate(
                        "Database", "%1 was written by a newer version of CPD Journal (journal "
                                    "version %2; this version reads up to %3). Update CPD Journal "
                                    "to open it; the file was left untouched.")
                        .arg(m_path)
                        .arg(*version)
                        .arg(Migrator::latestVersion()));
    return {};
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cache_size = -16000"), // 16 MB: search and paging revisit the same pages
    };
    if (!m_readOnly)
        pragmas = QStringList{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = NORMAL")}
                  + pragmas;
    for (const QString& pragma : pragmas) {
        if (auto ok = Sql::exec(
                db, pragma,
                QCoreApplication::translate("Database", "prepare the journal %1").arg(m_path));
            !ok)
            return ok;
    }
    if (m_readOnly)
        return {};
    // Stamped once, when the journal is new: opening a journal writes nothing otherwise.
    auto appId = Sql::scalar(db, QStringLiteral("PRAGMA application_id"),
                             QCoreApplication::translate("Database", "read %1").arg(m_path));
    if (!appId)
        return std::unexpected(appId.error());
    if (appId->toInt() != kApplicationId)
        return Sql::exec(
            db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
            QCoreApplication::translate("Database", "prepare the journal %1").arg(m_path));
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::transaction(const std::function<Status()>& work)
{
    QSqlDatabase db = connection();
    if (!db.transaction())
        return fail(
            Sql::describe(db.lastError(), QCoreApplication::translate("Database", "start saving")));
    Status result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString message =
            Sql::describe(db.lastError(), QCoreApplication::translate("Database", "save"));
        db.rollback();
        return fail(message);
    }
    return {};
}

} // namespace cpd
