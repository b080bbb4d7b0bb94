// Faults around a journal, through core (JournalOpener) and the real CLI: a full disk, a
// read-only file and folder, a journal held by a second running copy (and a stale lock), a
// journal from a newer version, a file that is not a journal. Each gets a clear message, nothing
// stored changes, and the journal still opens (read-only where it must).
#include "CliRunner.h"
#include "CrashFixtures.h"
#include "TestJournal.h"
#include "storage/JournalLock.h"
#include "storage/JournalOpener.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>

using namespace cpd;
using namespace cpd::test;

namespace {

QByteArray entryJson(const QString& title)
{
    return QStringLiteral(R"({"title": "%1", "date": "2026-02-03", "activity": "reading", "hours": 1,
        "template": "free", "reflection": {"text": "%2"}})")
        .arg(title, QString(QStringLiteral("A long reflection on what I read and what I will change. ")).repeated(40))
        .toUtf8();
}

} // namespace

class JournalFaultsTest : public QObject
{
    Q_OBJECT

private slots:
    void diskFull();
    void readOnlyFolder();
    void readOnlyFile();
    void lockedBySecondCopy();
    void staleLockTakenOver();
    void newerVersionOpensReadOnly();
    void newJournalInANewFolder();
    void notAJournal_data();
    void notAJournal();
};

void JournalFaultsTest::diskFull()
{
    if (!isRoot())
        QSKIP("needs root to mount a small tmpfs (SQLite's max_page_count is not the same fault)");
    QTemporaryDir dir;
    TmpfsMount disk(dir.filePath(QStringLiteral("disk")), QStringLiteral("1200k"));
    QVERIFY(disk.isMounted());
    const QString path = dir.filePath(QStringLiteral("disk/journal.cpdj"));
    CliRunner cli(path);
    QCOMPARE(cli.run({QStringLiteral("list")}).exitCode, 0);

    // Fill the disk, one acknowledged entry at a time, until a write fails.
    int acknowledged = 0;
    CliResult failed;
    for (int i = 0; i < 400; ++i) {
        const QByteArray before = contentHash(path);
        CliResult r = cli.run({QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                              entryJson(QStringLiteral("Entry %1").arg(i)));
        if (r.exitCode != 0) {
            failed = r;
            QCOMPARE(contentHash(path), before); // the failed write changed nothing
            break;
        }
        ++acknowledged;
    }
    QVERIFY2(failed.exitCode == 1, "the disk never filled up");
    QVERIFY2(acknowledged >= 3, "the disk filled up before the test could write");
    QVERIFY2(failed.err.contains("disk is full"), failed.err.constData());
    QCOMPARE(failed.err.count('\n'), 1);
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    QCOMPARE(rawQuery(path, QStringLiteral("SELECT count(*) FROM entries")).value(0).toInt(), acknowledged);
    // Still readable, by the CLI and by core, with the disk still full.
    CliResult listed = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), acknowledged);
    auto opened = JournalOpener::open(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
}

void JournalFaultsTest::readOnlyFolder()
{
    if (!isRoot())
        QSKIP("needs root to mount a read-only tmpfs");
    QTemporaryDir dir;
    TmpfsMount disk(dir.filePath(QStringLiteral("ro")), QStringLiteral("8m"));
    QVERIFY(disk.isMounted());
    const QString path = dir.filePath(QStringLiteral("ro/journal.cpdj"));
    makeJournal(path, 20);
    QVERIFY(disk.remountReadOnly());
    const QByteArray before = fileHash(path);

    auto opened = JournalOpener::open(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY(opened->database->isReadOnly());
    QVERIFY2(opened->database->readOnlyReason().contains(QLatin1String("read-only")),
             qPrintable(opened->database->readOnlyReason()));
    QVERIFY(!opened->lock);
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    EntryRepository entries(*opened->database, clock);
    QCOMPARE(entries.count({}).value_or(-1), 20);
    QVERIFY(!entries.add(TestJournal::sampleEntry()).has_value());

    CliRunner cli(path);
    CliResult listed = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.json().array().size(), 20);
    CliResult added = cli.run({QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")}, entryJson(QStringLiteral("x")));
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains("read-only"), added.err.constData());
    QCOMPARE(added.err.count('\n'), 1);
    opened->database.reset();
    QCOMPARE(fileHash(path), before);
}

void JournalFaultsTest::readOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    makeJournal(path, 5);
    std::optional<TmpfsMount> disk;
    QString roPath = path;
    if (isRoot()) {
        // Root may write to a 0444 file: the file is made read-only by a read-only bind of it.
        roPath = dir.filePath(QStringLiteral("ro-journal.cpdj"));
        QFile(roPath).open(QIODevice::WriteOnly);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), path, roPath}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), roPath}), 0);
    } else {
        QFile(path).setPermissions(QFileDevice::ReadOwner);
    }
    const QByteArray before = fileHash(path);
    auto opened = JournalOpener::open(roPath);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY(opened->database->isReadOnly());
    QVERIFY2(opened->database->readOnlyReason().contains(QLatin1String("file is read-only")),
             qPrintable(opened->database->readOnlyReason()));
    CliResult added = CliRunner(roPath).run({QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                                            entryJson(QStringLiteral("x")));
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains("read-only"), added.err.constData());
    QCOMPARE(CliRunner(roPath).run({QStringLiteral("list")}).exitCode, 0);
    opened->database.reset();
    if (isRoot())
        QProcess::execute(QStringLiteral("umount"), {roPath});
    QCOMPARE(fileHash(path), before);
}

void JournalFaultsTest::lockedBySecondCopy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    makeJournal(path, 3);
    auto first = JournalOpener::open(path);
    QVERIFY(first.has_value());
    QVERIFY(first->lock && first->lock->isHeld());
    QVERIFY(!first->database->isReadOnly());

    auto second = JournalOpener::open(path);
    QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().message));
    QVERIFY(second->database->isReadOnly());
    QVERIFY(!second->lock);
    const QString reason = second->database->readOnlyReason();
    QVERIFY2(reason.contains(QLatin1String("another copy")), qPrintable(reason));
    QVERIFY2(reason.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(reason));
    // The second copy reads what the first writes.
    FixedClock clock(QDateTime::currentDateTimeUtc());
    QVERIFY(EntryRepository(*first->database, clock).add(TestJournal::sampleEntry()).has_value());
    QCOMPARE(EntryRepository(*second->database, clock).count({}).value_or(-1), 4);
    QVERIFY(!EntryRepository(*second->database, clock).add(TestJournal::sampleEntry()).has_value());

    // When the first copy closes, the next one may write.
    second->database.reset();
    first->database.reset();
    first->lock.reset();
    auto third = JournalOpener::open(path);
    QVERIFY(third.has_value());
    QVERIFY(!third->database->isReadOnly());
}

void JournalFaultsTest::staleLockTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    makeJournal(path, 1);
    // A copy that was killed: its lock file names a process that no longer runs.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
    QFile lock(JournalLock::lockPath(path));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("%1\ncpdjournal\n%2\n").arg(deadPid).arg(QSysInfo::machineHostName()).toUtf8());
    lock.close();

    auto opened = JournalOpener::open(path);
    QVERIFY(opened.has_value());
    QVERIFY2(!opened->database->isReadOnly(), qPrintable(opened->database->readOnlyReason()));
    QVERIFY(opened->lock && opened->lock->isHeld());
}

void JournalFaultsTest::newerVersionOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    makeJournal(path, 4);
    const int newer = Migrator::latestVersion() + 5;
    rawQuery(path, QStringLiteral("PRAGMA user_version = %1").arg(newer), false);
    const QByteArray before = fileHash(path);

    auto opened = JournalOpener::open(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY(opened->database->isReadOnly());
    QVERIFY2(opened->database->readOnlyReason().contains(QLatin1String("newer version")),
             qPrintable(opened->database->readOnlyReason()));
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    QCOMPARE(EntryRepository(*opened->database, clock).count({}).value_or(-1), 4);
    opened->database.reset();

    CliRunner cli(path);
    QCOMPARE(cli.run({QStringLiteral("list")}).exitCode, 0);
    CliResult added = cli.run({QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")}, entryJson(QStringLiteral("x")));
    QCOMPARE(added.exitCode, 1);
    QVERIFY2(added.err.contains("newer version"), added.err.constData());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(rawQuery(path, QStringLiteral("PRAGMA user_version")).value(0).toInt(), newer);
}

void JournalFaultsTest::newJournalInANewFolder()
{
    // The first start on a fresh machine: neither the journal nor its folder exists yet.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/folder/journal.cpdj"));
    auto opened = JournalOpener::open(path);
    QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
    QVERIFY2(!opened->database->isReadOnly(), qPrintable(opened->database->readOnlyReason()));
    QVERIFY(opened->lock && opened->lock->isHeld());
    QVERIFY(QFileInfo::exists(JournalLock::lockPath(path)));
}

void JournalFaultsTest::notAJournal_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("text file") << QByteArrayLiteral("text");
    QTest::newRow("another program's SQLite database") << QByteArrayLiteral("sqlite");
}

void JournalFaultsTest::notAJournal()
{
    QFETCH(QByteArray, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cpdj"));
    if (kind == "text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Shopping list\nmilk\neggs\n").repeated(100));
    } else {
        rawQuery(path, QStringLiteral("CREATE TABLE recipes(name TEXT)"), false);
        rawQuery(path, QStringLiteral("PRAGMA application_id = 1234"), false);
    }
    const QByteArray before = fileHash(path);
    auto opened = JournalOpener::open(path);
    QVERIFY(!opened.has_value());
    QCOMPARE(opened.error().problem, JournalOpener::Problem::NotAJournal);
    QVERIFY2(opened.error().message.contains(QLatin1String("not a CPD")), qPrintable(opened.error().message));
    CliResult r = CliRunner(path).run({QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not a CPD"), r.err.constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFileInfo::exists(JournalLock::lockPath(path)));
}

QTEST_GUILESS_MAIN(JournalFaultsTest)
#include "tst_journalfaults.moc"
