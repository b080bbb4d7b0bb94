#pragma once

// Journals to break on purpose: filled ones, bytes flipped at chosen places, read-only and full
// disks (small tmpfs mounts when the tests run as root), content hashes to prove nothing changed.
#include "demo/DemoJournalGenerator.h"
#include "journal/EntryRepository.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUuid>

#include <unistd.h>

namespace cpd::test {

// A journal with count demo entries, checkpointed so that everything is in the main file.
inline void makeJournal(const QString& path, int count)
{
    auto db = Database::open(path);
    if (!db)
        qFatal("could not make %s: %s", qPrintable(path), qPrintable(db.error().message));
    FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    DemoJournalGenerator generator(11, QDate(2026, 3, 1));
    if (auto added = EntryRepository(**db, clock).addMany(generator.generate(count)); !added)
        qFatal("could not fill %s: %s", qPrintable(path), qPrintable(added.error().message));
    QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

// A writable copy of a journal file (QFile::copy keeps the source's permissions).
inline bool copyJournal(const QString& from, const QString& to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Runs one query on a plain connection of its own and returns every row's first column.
inline QStringList rawQuery(const QString& path, const QString& sql, bool readOnly = true)
{
    const QString name = QStringLiteral("raw-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    rows << q.value(0).toString();
            } else {
                rows << QStringLiteral("error: ") + q.lastError().text();
            }
        } else {
            rows << QStringLiteral("error: ") + db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The bytes of the journal and its -wal: for cases where not even a byte may change.
inline QByteArray fileHash(const QString& path)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(&f);
    }
    return hash.result().toHex();
}

// Every row of every table: for cases where SQLite may touch the file but no data may change.
inline QByteArray contentHash(const QString& path)
{
    const QString name = QStringLiteral("hash-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot read %s", qPrintable(path));
        QStringList tables;
        QSqlQuery list(db);
        list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                 "ORDER BY name"));
        while (list.next())
            tables << list.value(0).toString();
        for (const QString& table : tables) {
            QStringList rows;
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            while (q.next()) {
                QString row;
                for (int i = 0; i < q.record().count(); ++i)
                    row += q.value(i).toString() + QLatin1Char('\x1f');
                rows << row;
            }
            rows.sort();
            hash.addData(table.toUtf8());
            hash.addData(rows.join(QLatin1Char('\n')).toUtf8());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hash.result().toHex();
}

inline void flipBytes(const QString& path, qint64 offset, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        qFatal("cannot open %s", qPrintable(path));
    f.seek(offset);
    QByteArray bytes = f.read(count);
    for (char& b : bytes)
        b = char(~b);
    f.seek(offset);
    f.write(bytes);
}

// The first page that holds the given table or index (through SQLite's dbstat).
inline qint64 pageOf(const QString& path, const QString& name, const QString& pageType)
{
    const QStringList pages = rawQuery(
        path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND pagetype = '%2' ORDER BY pageno LIMIT 1 OFFSET 1")
                  .arg(name, pageType));
    return pages.isEmpty() ? -1 : pages.first().toLongLong();
}

inline bool isRoot()
{
    return ::geteuid() == 0;
}

// A small tmpfs mounted at dir (root only), unmounted when it goes.
class TmpfsMount
{
public:
    TmpfsMount(const QString& dir, const QString& size) : m_dir(dir)
    {
        QDir().mkpath(dir);
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                                QStringLiteral("size=%1").arg(size), QStringLiteral("tmpfs"), dir})
                    == 0;
    }
    ~TmpfsMount()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir});
    }
    bool isMounted() const { return m_mounted; }
    bool remountReadOnly()
    {
        return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir}) == 0;
    }

private:
    QString m_dir;
    bool m_mounted = false;
};

} // namespace cpd::test
