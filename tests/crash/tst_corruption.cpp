// A damaged journal (bytes flipped in the header, a b-tree page, the search index's data; a
// truncated file) is found: the cheap checks at open catch the header and truncation, the full
// check (run in the background by the window) and every query catch the rest. A good backup
// then replaces it and the damaged file is kept aside, byte for byte.
#include "CliRunner.h"
#include "CrashFixtures.h"
#include "storage/JournalHealth.h"
#include "storage/JournalOpener.h"
#include "backup/BackupService.h"
#include "backup/JournalRestorer.h"

#include <QTemporaryDir>

using namespace cpd;
using namespace cpd::test;

class CorruptionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void damageIsFound_data();
    void damageIsFound();
    void restoreKeepsDamagedAside();
    void damagedBackupIsRefused();
    void cliSaysWhatToRun();

private:
    enum class Found { AtOpen, NotAJournalAtOpen, ByFullCheck };
    QTemporaryDir m_dir;
    QString m_good;   // a healthy journal
    QString m_backup; // its VACUUM INTO copy
};

void CorruptionTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.cpdj"));
    makeJournal(m_good, 300);
    m_backup = m_dir.filePath(QStringLiteral("backup.cpdj"));
    QCOMPARE(rawQuery(m_good, QStringLiteral("VACUUM INTO '%1'").arg(m_backup), false), QStringList());
    QVERIFY(JournalHealth::deepCheck(m_good).healthy());
    QVERIFY(pageOf(m_good, QStringLiteral("entries"), QStringLiteral("leaf")) > 1);
    QVERIFY(pageOf(m_good, QStringLiteral("entry_fts_data"), QStringLiteral("leaf")) > 1);
}

void CorruptionTest::damageIsFound_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("found");
    QTest::addColumn<QString>("cliSays");
    QTest::newRow("header magic") << QStringLiteral("magic") << int(Found::NotAJournalAtOpen) << QStringLiteral("not a CPD Journal file");
    QTest::newRow("header page size") << QStringLiteral("pagesize") << int(Found::AtOpen) << QStringLiteral("damaged");
    QTest::newRow("b-tree page of entries") << QStringLiteral("btree") << int(Found::ByFullCheck) << QStringLiteral("damaged");
    QTest::newRow("search index data") << QStringLiteral("fts") << int(Found::ByFullCheck) << QString();
    QTest::newRow("truncated to half") << QStringLiteral("truncate") << int(Found::AtOpen) << QStringLiteral("damaged");
    QTest::newRow("last page cut short") << QStringLiteral("truncate-tail") << int(Found::AtOpen) << QStringLiteral("damaged");
}

void CorruptionTest::damageIsFound()
{
    QFETCH(QString, damage);
    QFETCH(int, found);
    QFETCH(QString, cliSays);
    const QString path = m_dir.filePath(QStringLiteral("damaged-%1.cpdj").arg(damage));
    QVERIFY(copyJournal(m_good, path));
    const qint64 pageSize = rawQuery(m_good, QStringLiteral("PRAGMA page_size")).value(0).toLongLong();
    if (damage == QLatin1String("magic")) {
        flipBytes(path, 0, 6);
    } else if (damage == QLatin1String("pagesize")) {
        flipBytes(path, 16, 1);
    } else if (damage == QLatin1String("btree")) {
        // The page header of a leaf of the entries table: its cell count and offsets.
        flipBytes(path, (pageOf(m_good, QStringLiteral("entries"), QStringLiteral("leaf")) - 1) * pageSize, 8);
    } else if (damage == QLatin1String("fts")) {
        // Inside the search index's segment data: the blob bytes that only FTS5 itself parses.
        flipBytes(path, (pageOf(m_good, QStringLiteral("entry_fts_data"), QStringLiteral("leaf")) - 1) * pageSize + pageSize / 2, 64);
    } else {
        QFile f(path);
        QVERIFY(f.resize(damage == QLatin1String("truncate") ? f.size() / 2 : f.size() - pageSize / 2));
    }
    const QByteArray damagedBytes = fileHash(path);

    const JournalHealth::Report cheap = JournalHealth::inspect(path);
    const JournalHealth::Report full = JournalHealth::deepCheck(path);
    QVERIFY2(!full.healthy(), qPrintable(damage));
    // A check cancelled (the app quitting) stops at SQLite's next progress call and reports
    // nothing: here before it reaches the search index (damage in the tables it may meet first).
    if (damage == QLatin1String("fts")) {
        const std::atomic_bool cancelled = true;
        QVERIFY2(JournalHealth::deepCheck(path, &cancelled).healthy(), qPrintable(damage));
    }
    auto opened = JournalOpener::open(path);
    switch (Found(found)) {
    case Found::AtOpen:
        QVERIFY2(!cheap.healthy(), qPrintable(cheap.detail));
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().problem, JournalOpener::Problem::Damaged);
        QVERIFY2(opened.error().message.contains(QLatin1String("backup")), qPrintable(opened.error().message));
        break;
    case Found::NotAJournalAtOpen:
        QCOMPARE(cheap.verdict, JournalHealth::Verdict::NotSqlite);
        QVERIFY(!opened.has_value());
        QCOMPARE(opened.error().problem, JournalOpener::Problem::NotAJournal);
        break;
    case Found::ByFullCheck:
        // Start-up stays fast: only the background check (and queries that meet it) see this.
        QVERIFY2(cheap.healthy(), qPrintable(cheap.detail));
        QCOMPARE(full.verdict, JournalHealth::Verdict::Damaged);
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
        opened->database.reset();
        opened->lock.reset();
        break;
    }
    if (!cliSays.isEmpty()) {
        // A search reads the rows of every entry it finds, so it meets a damaged page.
        const CliResult r = CliRunner(path).run({QStringLiteral("search"), QStringLiteral("the"), QStringLiteral("--limit"),
                                                 QStringLiteral("1000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(cliSays.toUtf8()), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        if (cliSays == QLatin1String("damaged"))
            QVERIFY2(r.err.contains("restore"), r.err.constData());
    }
    QCOMPARE(fileHash(path), damagedBytes); // finding the damage wrote nothing
}

void CorruptionTest::restoreKeepsDamagedAside()
{
    const QString path = m_dir.filePath(QStringLiteral("restore-me.cpdj"));
    QVERIFY(copyJournal(m_good, path));
    QFile f(path);
    QVERIFY(f.resize(f.size() / 3));
    const QByteArray damagedBytes = fileHash(path);

    // Restoring (core/backup) checks the backup first and keeps the damaged journal aside, byte for byte.
    const FixedClock now(QDateTime(QDate(2026, 11, 22), QTime(8, 15, 0)));
    auto restored = JournalRestorer::restore(m_backup, path, now);
    QVERIFY2(restored.has_value(), restored ? "" : qPrintable(restored.error().message));
    QVERIFY2(restored->keptAside.startsWith(path + QStringLiteral(".before-restore-")), qPrintable(restored->keptAside));
    QCOMPARE(fileHash(restored->keptAside), damagedBytes);
    auto opened = JournalOpener::open(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY(!opened->database->isReadOnly());
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    QCOMPARE(EntryRepository(*opened->database, clock).count({}).value_or(-1), 300);
}

void CorruptionTest::damagedBackupIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("keep.cpdj"));
    QVERIFY(copyJournal(m_good, path));
    const QString badBackup = m_dir.filePath(QStringLiteral("bad-backup.cpdj"));
    QVERIFY(copyJournal(m_good, badBackup));
    QFile f(badBackup);
    QVERIFY(f.resize(f.size() / 2));
    const QByteArray before = fileHash(path);
    const FixedClock now(QDateTime::currentDateTime());
    auto restored = JournalRestorer::restore(badBackup, path, now);
    QVERIFY(!restored.has_value());
    QVERIFY(!restored.error().message.isEmpty());
    QCOMPARE(fileHash(path), before);
}

void CorruptionTest::cliSaysWhatToRun()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.cpdj"));
    QVERIFY(copyJournal(m_good, path));
    QString backup;
    {
        auto db = Database::open(path);
        QVERIFY(db.has_value());
        const FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(7, 0)));
        auto made = BackupService(path, clock).backUp((*db)->connection(), QStringLiteral("daily"));
        QVERIFY2(made.has_value(), made ? "" : qPrintable(made.error().message));
        backup = made->path;
        QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile f(path);
    QVERIFY(f.resize(f.size() - 5000));
    CliRunner cli(path);
    const CliResult listed = cli.run({QStringLiteral("list")});
    QCOMPARE(listed.exitCode, 1);
    const QByteArray command = QStringLiteral("cpdjournal-cli --db %1 restore %2").arg(path, backup).toUtf8();
    QVERIFY2(listed.err.contains(command), listed.err.constData());
    // Doing what it says brings the journal back; the damaged file stays beside it.
    const CliResult restored = cli.run({QStringLiteral("restore"), backup});
    QVERIFY2(restored.exitCode == 0, restored.err.constData());
    QCOMPARE(cli.run({QStringLiteral("list"), QStringLiteral("--json")}).json().array().size(), 300);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cli.cpdj.before-restore-*")}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(CorruptionTest)
#include "tst_corruption.moc"
