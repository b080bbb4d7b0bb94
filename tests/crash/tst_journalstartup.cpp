// The window's side of faults (offscreen): a read-only journal opens with a banner saying why and
// editing disabled; a damaged journal is met with the latest good backup (the damaged file kept
// aside); damage that only the background check finds makes the window read-only and offers the
// backup too.
#include "CrashFixtures.h"
#include "backup/BackupService.h"
#include "common/MessageBox.h"
#include "editor/EntryEditor.h"
#include "journal/JournalPage.h"
#include "main/JournalStartup.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>

using namespace cpd;
using namespace cpd::test;

class JournalStartupTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void lockedJournalShowsBanner();
    void damagedJournalRestoresBackup();
    void damagedJournalWithoutBackup();
    void damagedHeaderWithBackupIsOffered();
    void backgroundCheckFindsDamage();

private:
    // A copy of the good journal, with an automatic backup of it beside it when asked.
    QString copyOfGood(const QString& name, bool withBackup);

    QTemporaryDir m_dir;
    QString m_good;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC)};
};

void JournalStartupTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_good = m_dir.filePath(QStringLiteral("good.cpdj"));
    makeJournal(m_good, 120);
}

QString JournalStartupTest::copyOfGood(const QString& name, bool withBackup)
{
    const QString path = m_dir.filePath(name);
    copyJournal(m_good, path);
    if (withBackup) {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        if (auto made = BackupService(path, m_clock).backUp((*db)->connection(), QStringLiteral("manual")); !made)
            qFatal("%s", qPrintable(made.error().message));
        QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return path;
}

void JournalStartupTest::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::setAnswerAll(QMessageBox::NoButton);
}

void JournalStartupTest::lockedJournalShowsBanner()
{
    const QString path = copyOfGood(QStringLiteral("locked.cpdj"), false);
    JournalLock otherCopy(path);
    QVERIFY(otherCopy.acquire().has_value());
    const QByteArray before = fileHash(path);

    JournalStartup startup(m_clock);
    auto db = startup.open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QVERIFY((*db)->isReadOnly());
    MainWindow window(std::move(*db), m_clock);
    startup.attach(window);
    QSignalSpy checked(&startup, &JournalStartup::checkFinished);
    window.show();
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("another copy of CPD Journal")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(!banner->accessibleName().isEmpty());
    QVERIFY(!window.newEntryAction()->isEnabled());
    QVERIFY(!window.saveAction()->isEnabled());
    QVERIFY(!window.trashAction()->isEnabled());
    QVERIFY(!window.journalPage()->editor()->isEnabled());
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), true);
    QCOMPARE(fileHash(path), before);
}

void JournalStartupTest::damagedJournalRestoresBackup()
{
    const QString path = copyOfGood(QStringLiteral("truncated.cpdj"), true);
    QFile f(path);
    QVERIFY(f.resize(f.size() / 2));
    const QByteArray damaged = fileHash(path);

    JournalStartup startup(m_clock);
    MessageBox::setAnswerAll(QMessageBox::Yes);
    auto db = startup.open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QVERIFY(!(*db)->isReadOnly());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("was kept as truncated.cpdj.before-restore-")),
             qPrintable(MessageBox::lastText()));
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("truncated.cpdj.before-restore-????????-??????")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(m_dir.filePath(aside.first())), damaged);
    QCOMPARE(EntryRepository(**db, m_clock).count({}).value_or(-1), 120);
}

void JournalStartupTest::damagedJournalWithoutBackup()
{
    const QString path = copyOfGood(QStringLiteral("nobackup.cpdj"), false);
    flipBytes(path, 16, 1);
    const QByteArray damaged = fileHash(path);
    JournalStartup startup(m_clock);
    auto db = startup.open(path);
    QVERIFY(!db.has_value());
    QVERIFY2(db.error().message.contains(QLatin1String("no backup")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), damaged);
}

void JournalStartupTest::damagedHeaderWithBackupIsOffered()
{
    const QString path = copyOfGood(QStringLiteral("header.cpdj"), true);
    flipBytes(path, 0, 6); // "SQLite format 3" is gone: it looks like any other file
    JournalStartup startup(m_clock);
    MessageBox::setAnswerAll(QMessageBox::Yes);
    auto db = startup.open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QCOMPARE(EntryRepository(**db, m_clock).count({}).value_or(-1), 120);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("header.cpdj.before-restore-????????-??????")}, QDir::Files).size(), 1);
}

void JournalStartupTest::backgroundCheckFindsDamage()
{
    const QString path = copyOfGood(QStringLiteral("fts.cpdj"), true);
    const qint64 pageSize = rawQuery(m_good, QStringLiteral("PRAGMA page_size")).value(0).toLongLong();
    flipBytes(path, (pageOf(m_good, QStringLiteral("entry_fts_data"), QStringLiteral("leaf")) - 1) * pageSize + pageSize / 2, 64);

    JournalStartup startup(m_clock);
    auto db = startup.open(path);
    QVERIFY2(db.has_value(), "the cheap checks at open must not read the whole file");
    MainWindow window(std::move(*db), m_clock);
    QSignalSpy checked(&startup, &JournalStartup::checkFinished);
    QSignalSpy restart(&startup, &JournalStartup::restartRequested);
    MessageBox::setAnswerAll(QMessageBox::Yes);
    startup.attach(window);
    window.show();
    QVERIFY(checked.wait(30000));
    QCOMPARE(checked.first().first().toBool(), false);
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    QVERIFY(banner);
    QVERIFY2(banner->text().contains(QLatin1String("damaged")), qPrintable(banner->text()));
    QVERIFY(!window.journalPage()->editor()->isEnabled());
    QCOMPARE(restart.size(), 1);
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("fts.cpdj.before-restore-????????-??????")}, QDir::Files).size(), 1);
    QVERIFY(JournalHealth::deepCheck(path).healthy());
}

QTEST_MAIN(JournalStartupTest)
#include "tst_journalstartup.moc"
