// Backups of a real journal on disk: consistent while another connection writes, cancel leaves
// nothing, the backup before an upgrade, the latest good backup, and restore of good, damaged,
// newer, foreign and encrypted files with the journal unchanged whenever restore fails.
#include "backup/BackupChecker.h"
#include "backup/BackupService.h"
#include "backup/BackupWriter.h"
#include "backup/JournalRestorer.h"
#include "crypto/FileCrypto.h"
#include "journal/EntryRepository.h"
#include "storage/Migrator.h"
#include "FileHash.h"
#include "TestJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>

#include <atomic>
#include <thread>

using namespace cpd;

namespace {

QByteArray hashOf(const QString& path)
{
    return test::fileHash(path);
}

void addEntries(test::TestJournal& journal, int n)
{
    QList<Entry> entries;
    for (int i = 0; i < n; ++i)
        entries << test::TestJournal::sampleEntry(QStringLiteral("Entry %1").arg(i));
    auto added = EntryRepository(*journal.db, journal.clock).addMany(entries);
    QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestBackupService : public QObject
{
    Q_OBJECT

private slots:
    void backUpAndList()
    {
        test::TestJournal journal;
        addEntries(journal, 3);
        BackupService service(journal.path, journal.clock);
        QCOMPARE(service.folder(), QDir(journal.dir.path()).filePath(QStringLiteral("journal-backups")));
        auto made = service.backUp(journal.db->connection(), QStringLiteral("manual"));
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made->entries, 3);
        QCOMPARE(made->version, Migrator::latestVersion());
        QVERIFY(made->path.endsWith(QLatin1String("journal-20260314-093000-manual.cpdj")) || made->path.contains(QLatin1String("-manual.cpdj")));
        const QList<BackupInfo> all = service.list();
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().ok);
        QCOMPARE(all.first().kind, QStringLiteral("manual"));
        QCOMPARE(all.first().size, QFileInfo(made->path).size());
        QCOMPARE(QDir(service.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void backupWhileAnotherConnectionWrites()
    {
        test::TestJournal journal;
        addEntries(journal, 50);
        std::atomic<bool> stop = false;
        std::atomic<int> written = 0;
        QString writerError;
        std::thread writer([&] {
            auto other = Database::open(journal.path);
            if (!other) {
                writerError = other.error().message;
                return;
            }
            EntryRepository repository(**other, journal.clock);
            while (!stop) {
                if (auto added = repository.add(test::TestJournal::sampleEntry()); !added) {
                    writerError = added.error().message;
                    return;
                }
                ++written;
            }
        });
        int previous = 50;
        for (int i = 0; i < 5; ++i) {
            const int before = written + 50;
            auto made = BackupWriter::write(journal.db->connection(), journal.dir.filePath(QStringLiteral("b%1.cpdj").arg(i)));
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
            QVERIFY(made->ok);
            // A consistent snapshot: every entry committed before it began, none half-written.
            QVERIFY(made->entries >= before);
            QVERIFY(made->entries >= previous);
            previous = made->entries;
        }
        stop = true;
        writer.join();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QVERIFY(written > 0);
    }

    void cancelWritesNothing()
    {
        test::TestJournal journal;
        addEntries(journal, 2000);
        const QString target = journal.dir.filePath(QStringLiteral("out/cancelled.cpdj"));
        int calls = 0;
        auto made = BackupWriter::write(journal.db->connection(), target, [&](int) { return ++calls < 2; });
        QVERIFY(!made);
        QVERIFY2(made.error().message.contains(QLatin1String("cancelled")), qPrintable(made.error().message));
        QVERIFY(calls >= 2);
        QCOMPARE(QDir(journal.dir.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void refusesToOverwriteTheJournal()
    {
        test::TestJournal journal;
        const QByteArray before = hashOf(journal.path);
        QVERIFY(!BackupWriter::write(journal.db->connection(), journal.path));
        QCOMPARE(hashOf(journal.path), before);
    }

    void encryptedBackupRestoresWithItsPassphrase()
    {
        test::TestJournal journal;
        addEntries(journal, 4);
        const QString target = journal.dir.filePath(QStringLiteral("usb/b.cpdj.enc"));
        auto made = BackupWriter::writeEncrypted(journal.db->connection(), target, "pass", FileCrypto::Params::fastForTests());
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(made->encrypted);
        QVERIFY(FileCrypto::isEncryptedFile(target));
        // The plain copy was made beside the journal and removed.
        QCOMPARE(QDir(journal.dir.path()).entryList({QStringLiteral(".*partial*")}, QDir::Files | QDir::Hidden).size(), 0);
        const BackupInfo listed = BackupChecker::inspect(target);
        QVERIFY(!listed.ok && listed.encrypted);
        addEntries(journal, 1);
        journal.db.reset();
        QVERIFY(!JournalRestorer::restore(target, journal.path, journal.clock));
        const QByteArray before = hashOf(journal.path);
        auto wrong = JournalRestorer::restore(target, journal.path, journal.clock, "Pass");
        QVERIFY(!wrong);
        QVERIFY(wrong.error().message.contains(QLatin1String("passphrase is wrong")));
        QCOMPARE(hashOf(journal.path), before);
        auto restored = JournalRestorer::restore(target, journal.path, journal.clock, "pass");
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->backup.entries, 4);
        QCOMPARE(hashOf(restored->keptAside), before);
    }

    void dailyOnFirstUseOfEachDay()
    {
        test::TestJournal journal;
        BackupService service(journal.path, journal.clock);
        auto first = service.dailyIfDue(journal.db->connection());
        QVERIFY(first && first->has_value());
        auto second = service.dailyIfDue(journal.db->connection());
        QVERIFY(second && !second->has_value());
        journal.clock.advanceSecs(24 * 3600);
        auto next = service.dailyIfDue(journal.db->connection());
        QVERIFY(next && next->has_value());
        QCOMPARE(service.list().size(), 2);
    }

    void backupBeforeAnUpgradeOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cpdj"));
        QVERIFY(QFile::copy(QStringLiteral(CPD_SOURCE_DIR "/tests/journal/fixtures/journal-v8.cpdj"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = hashOf(path);
        {
            auto db = Database::open(path);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        }
        const QFileInfoList backups = QDir(BackupService::folderFor(path)).entryInfoList(QDir::Files);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().fileName().endsWith(QLatin1String("-upgrade-v8.cpdj")));
        auto checked = BackupChecker::check(backups.first().absoluteFilePath());
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        QCOMPARE(checked->version, 8);
        QVERIFY(original != hashOf(path)); // the journal itself was upgraded
        { // opening it again (nothing to upgrade) makes no backup
            auto again = Database::open(path);
            QVERIFY(again);
        }
        QCOMPARE(QDir(BackupService::folderFor(path)).entryList(QDir::Files).size(), 1);
        // A new journal has nothing to lose: no backup.
        const QString fresh = dir.filePath(QStringLiteral("new.cpdj"));
        QVERIFY(Database::open(fresh));
        QVERIFY(!QFileInfo::exists(BackupService::folderFor(fresh)));
    }

    void latestGoodSkipsADamagedBackup()
    {
        test::TestJournal journal;
        addEntries(journal, 20);
        BackupService service(journal.path, journal.clock);
        QVERIFY(service.backUp(journal.db->connection(), QStringLiteral("daily")));
        journal.clock.advanceSecs(24 * 3600);
        auto newest = service.backUp(journal.db->connection(), QStringLiteral("daily"));
        QVERIFY(newest);
        QFile f(newest->path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\xff'));
        f.close();
        auto good = service.latestGood();
        QVERIFY(good.has_value());
        QVERIFY(good->path != newest->path);
        QCOMPARE(good->entries, 20);
        const QList<BackupInfo> all = service.list();
        QCOMPARE(all.size(), 2);
        QVERIFY(!all.first().ok);
        QVERIFY(!all.first().problem.isEmpty());
    }

    void restoreGood()
    {
        test::TestJournal journal;
        addEntries(journal, 5);
        const QString backup = journal.dir.filePath(QStringLiteral("b.cpdj"));
        QVERIFY(BackupWriter::write(journal.db->connection(), backup));
        addEntries(journal, 2);
        journal.db.reset();
        const QByteArray current = hashOf(journal.path);
        auto restored = JournalRestorer::restore(backup, journal.path, journal.clock);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->backup.entries, 5);
        QVERIFY(restored->keptAside.contains(QLatin1String(".before-restore-20260314-")));
        QCOMPARE(hashOf(restored->keptAside), current);
        auto db = Database::open(journal.path);
        QVERIFY(db);
        QCOMPARE(*EntryRepository(**db, journal.clock).count(), 5);
        QVERIFY(QFile::exists(backup)); // the backup itself is untouched
    }

    void restoreRefusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not a CPD journal");
        QTest::newRow("other program's database") << QStringLiteral("foreign") << QStringLiteral("not a CPD journal");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("not a CPD journal");
        QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no such file");
    }
    void restoreRefusesBadFiles()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        test::TestJournal journal;
        addEntries(journal, 30);
        const QString bad = journal.dir.filePath(QStringLiteral("bad.cpdj"));
        if (kind == QLatin1String("damaged") || kind == QLatin1String("newer")) {
            QVERIFY(BackupWriter::write(journal.db->connection(), bad));
            if (kind == QLatin1String("newer")) {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                other.setDatabaseName(bad);
                QVERIFY(other.open());
                QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = 999"));
                other.close();
            } else {
                QFile f(bad);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(f.size() / 2);
                f.write(QByteArray(16384, '\x5a'));
            }
        } else if (kind == QLatin1String("text")) {
            writeFile(bad, "title,date\nnot a journal,2026-01-01\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(bad, QByteArray());
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            other.setDatabaseName(bad);
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("CREATE TABLE t(x)"));
            QSqlQuery(other).exec(QStringLiteral("PRAGMA user_version = 3"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        journal.db.reset();
        const QByteArray before = hashOf(journal.path);
        const QStringList filesBefore = QDir(journal.dir.path()).entryList(QDir::Files | QDir::Hidden);
        auto restored = JournalRestorer::restore(bad, journal.path, journal.clock);
        QVERIFY(!restored);
        QVERIFY2(restored.error().message.contains(expected), qPrintable(restored.error().message));
        QCOMPARE(hashOf(journal.path), before);
        QCOMPARE(QDir(journal.dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestBackupService)
#include "tst_backupservice.moc"
