#include "storage/JournalHealth.h"

#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace cpd {

namespace {

constexpr qint64 kHeaderSize = 100;

QByteArray readHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(kHeaderSize);
}

quint32 be32(const QByteArray& header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

int JournalHealth::headerVersion(const QString& path)
{
    const QByteArray header = readHeader(path);
    return header.size() == kHeaderSize ? int(be32(header, 60)) : 0;
}

JournalHealth::Report JournalHealth::inspect(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Verdict::Missing, QStringLiteral("no such file")};
    const QByteArray header = readHeader(path);
    if (info.size() == 0)
        return {}; // a new, empty journal
    if (header.size() < kHeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return {Verdict::NotSqlite, QStringLiteral("the file does not start with an SQLite header")};
    // Page size: a power of two from 512 to 65536 (1 stands for 65536).
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return {Verdict::Damaged, QStringLiteral("the header's page size (%1) is not valid").arg(pageSize)};
    // While a WAL holds frames, a checkpoint cut short (by a full disk, say) may leave the file
    // shorter than its header says; SQLite then reads those pages from the WAL.
    if (QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        return {};
    // The header's page count is valid when its change counter matches "version-valid-for".
    const quint32 pages = be32(header, 28);
    if (be32(header, 24) == be32(header, 92) && pages > 0) {
        const qint64 expected = qint64(pages) * pageSize;
        if (info.size() < expected)
            return {Verdict::Truncated, QStringLiteral("the file is %1 bytes but its header says %2")
                                            .arg(info.size())
                                            .arg(expected)};
    } else if (info.size() % pageSize != 0) {
        return {Verdict::Truncated, QStringLiteral("the file's size is not a whole number of pages")};
    }
    return {};
}

bool JournalHealth::isDamage(const QSqlError& error)
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

JournalHealth::Report JournalHealth::deepCheck(const QString& path, const std::atomic_bool* cancel)
{
    if (Report first = inspect(path); !first.healthy())
        return first;
    const QString name = QStringLiteral("cpd-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    Report report;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY"));
        const auto damaged = [&report](const QSqlError& error) {
            report = {isDamage(error) ? Verdict::Damaged : Verdict::Healthy, error.text()};
        };
        if (!db.open()) {
            damaged(db.lastError());
        } else {
            // SQLite asks every 10,000 steps whether to go on; an interrupted query fails with
            // SQLITE_INTERRUPT, which is no damage.
            if (sqlite3* handle = cancel ? Sql::handle(db) : nullptr) {
                sqlite3_progress_handler(
                    handle, 10000,
                    [](void* flag) { return static_cast<const std::atomic_bool*>(flag)->load() ? 1 : 0; },
                    const_cast<std::atomic_bool*>(cancel));
            }
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check"))) {
                damaged(q.lastError());
            } else {
                QStringList problems;
                while (q.next()) {
                    if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
                        problems << line;
                }
                if (!problems.isEmpty())
                    report = {Verdict::Damaged, problems.mid(0, 3).join(QLatin1String("; "))};
            }
            // The search index keeps its data in blobs that quick_check does not parse; reading
            // every term and position through fts5vocab does (its own integrity-check needs a
            // writable connection).
            // A cancelled check goes no further: the search index is read in large steps between
            // which SQLite may not ask in time.
            QSqlQuery fts(db);
            if (report.healthy() && !(cancel && cancel->load())
                && (!fts.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.cpd_fts_check USING "
                                             "fts5vocab(main, entry_fts, instance)"))
                    || !fts.exec(QStringLiteral("SELECT count(*) FROM temp.cpd_fts_check")))) {
                report = {isDamage(fts.lastError()) ? Verdict::Damaged : Verdict::Healthy,
                          QStringLiteral("search index: %1").arg(fts.lastError().text())};
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace cpd
