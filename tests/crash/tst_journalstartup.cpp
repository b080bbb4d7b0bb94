// The window's side of faults (offscreen): a read-only journal opens with a banner saying why and
// editing disabled; a damaged journal is met with the latest good backup (the damaged file kept
// aside); damage that only the background check finds makes the window read-only and offers the
// backup too.
#include "CrashFixtures.h"
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
    void backgroundCheckFindsDamage();

private:
    QTemporaryDir m_dir;
    QString m_good;
    QString m_backup;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC)};
};

void JournalStartupTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_good = m_dir.filePath(QStringLiteral("good.cpdj"));
    makeJournal(m_good, 120);
    m_backup = m_dir.filePath(QStringLiteral("backup.cpdj"));
    QCOMPARE(rawQuery(m_good, QStringLiteral("VACUUM INTO '%1'").arg(m_backup), false), QStringList());
}

void JournalStartupTest::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::setAnswerAll(QMessageBox::NoButton);
}

void JournalStartupTest::lockedJournalShowsBanner()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.cpdj"));
    QVERIFY(QFile::copy(m_good, path));
    JournalLock otherCopy(path);
    QVERIFY(otherCopy.acquire().has_value());
    const QByteArray before = fileHash(path);

    JournalStartup startup({});
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
    const QString path = m_dir.filePath(QStringLiteral("truncated.cpdj"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile f(path);
    QVERIFY(f.resize(f.size() / 2));
    const QByteArray damaged = fileHash(path);

    JournalStartup startup([this](const QString&) { return std::optional<QString>(m_backup); });
    MessageBox::setAnswerAll(QMessageBox::Yes);
    auto db = startup.open(path);
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    QVERIFY(!(*db)->isReadOnly());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("was kept as truncated.cpdj.damaged-")),
             qPrintable(MessageBox::lastText()));
    const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("truncated.cpdj.damaged-????????-??????")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(m_dir.filePath(aside.first())), damaged);
    QCOMPARE(EntryRepository(**db, m_clock).count({}).value_or(-1), 120);
}

void JournalStartupTest::damagedJournalWithoutBackup()
{
    const QString path = m_dir.filePath(QStringLiteral("nobackup.cpdj"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    flipBytes(path, 16, 1);
    const QByteArray damaged = fileHash(path);
    JournalStartup startup([](const QString&) { return std::optional<QString>(); });
    auto db = startup.open(path);
    QVERIFY(!db.has_value());
    QVERIFY2(db.error().message.contains(QLatin1String("no backup")), qPrintable(db.error().message));
    QCOMPARE(fileHash(path), damaged);
}

void JournalStartupTest::backgroundCheckFindsDamage()
{
    const QString path = m_dir.filePath(QStringLiteral("fts.cpdj"));
    QVERIFY(QFile::copy(m_good, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const qint64 pageSize = rawQuery(m_good, QStringLiteral("PRAGMA page_size")).value(0).toLongLong();
    flipBytes(path, (pageOf(m_good, QStringLiteral("entry_fts_data"), QStringLiteral("leaf")) - 1) * pageSize + pageSize / 2, 64);

    JournalStartup startup([this](const QString&) { return std::optional<QString>(m_backup); });
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
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("fts.cpdj.damaged-????????-??????")}, QDir::Files).size(), 1);
    QVERIFY(JournalHealth::deepCheck(path).healthy());
}

QTEST_MAIN(JournalStartupTest)
#include "tst_journalstartup.moc"
