#include "TestJournal.h"

#include "common/MessageBox.h"
#include "firstrun/FirstRun.h"
#include "firstrun/FirstRunWizard.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "standards/ProfileRepository.h"
#include "storage/JournalLocation.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace cpd;

class TestFirstRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    // Runs answer on the modal wizard as soon as it is shown (exec() blocks the test until then):
    // a poll that schedules a copy of itself until the wizard is up (no self-owning pointer,
    // which LeakSanitizer rightly reports).
    struct WizardPoll
    {
        std::function<void(FirstRunWizard&)> answer;
        void operator()() const
        {
            if (auto* w = qobject_cast<FirstRunWizard*>(QApplication::activeModalWidget()); w && w->isVisible())
                answer(*w);
            else
                QTimer::singleShot(10, *this);
        }
    };
    static void whenWizardShows(std::function<void(FirstRunWizard&)> answer)
    {
        QTimer::singleShot(0, WizardPoll{std::move(answer)});
    }

    static void fillNurse(FirstRunWizard& w, const QString& pin)
    {
        w.nameEdit()->setText(QStringLiteral("Sam Jones"));
        w.professionBox()->setCurrentIndex(w.professionBox()->findData(QStringLiteral("nurse")));
        w.registrationEdit()->setText(pin);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QStandardPaths::setTestModeEnabled(true);
        // Every QSettings of the app and of JournalLocation goes to this folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("cpdjournal"));
        QCoreApplication::setApplicationName(QStringLiteral("cpdjournal"));
        MessageBox::setAnswerAll(QMessageBox::Ok);
    }

    void init()
    {
        QSettings s;
        s.clear();
        JournalLocation::setFolder({});
        QFile::remove(JournalLocation::defaultPath());
    }

    void dueOnlyBeforeTheFirstJournal()
    {
        QSettings s;
        QVERIFY(FirstRun::isDue(s));
        QVERIFY(QDir().mkpath(JournalLocation::defaultFolder()));
        QFile journal(JournalLocation::defaultPath());
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.close();
        QVERIFY2(!FirstRun::isDue(s), "a journal exists already: no questions");
        QVERIFY(journal.remove());
    }

    void skipIsRememberedAndChangesNothing()
    {
        QSettings s;
        whenWizardShows([](FirstRunWizard& w) {
            QCOMPARE(w.button(QWizard::CancelButton)->text(), QStringLiteral("Skip"));
            w.button(QWizard::CancelButton)->click();
        });
        const auto answers = FirstRun::ask(s);
        QVERIFY(!answers);
        QVERIFY(FirstRun::isDone(s));
        QVERIFY2(!FirstRun::isDue(s), "skipped once, never asked again at start");
        QCOMPARE(JournalLocation::folder(), JournalLocation::defaultFolder());
        QVERIFY(!QFile::exists(JournalLocation::defaultPath()));
    }

    void completeWritesProfileAndFolder()
    {
        QTemporaryDir chosen;
        QSettings s;
        whenWizardShows([&chosen](FirstRunWizard& w) {
            fillNurse(w, QStringLiteral("12a3456e"));
            w.next();
            QCOMPARE(w.currentId(), int(FirstRunWizard::DatePage));
            w.dateEdit()->setDate(QDate(2027, 5, 31));
            w.next();
            QCOMPARE(w.currentId(), int(FirstRunWizard::FolderPage));
            w.folderEdit()->setText(chosen.path());
            w.sampleCheck()->setChecked(true);
            w.button(QWizard::FinishButton)->click();
        });
        const auto answers = FirstRun::ask(s);
        QVERIFY(answers);
        QVERIFY(answers->openSample);
        QCOMPARE(answers->profile.name, QStringLiteral("Sam Jones"));
        QCOMPARE(answers->profile.professions, QStringList{QStringLiteral("nurse")});
        QCOMPARE(answers->profile.nmcPin, QStringLiteral("12A3456E"));
        QCOMPARE(answers->profile.registrationExpiry, QDate(2027, 5, 31));
        QVERIFY(FirstRun::isDone(s));
        // The journal is kept in the folder chosen, from now on (the CLI reads the same setting).
        QCOMPARE(JournalLocation::defaultPath(), QDir(chosen.path()).filePath(QStringLiteral("journal.cpdj")));
        QCOMPARE(JournalLocation::resolve({}), JournalLocation::defaultPath());

        auto db = Database::open(JournalLocation::defaultPath());
        QVERIFY(db);
        const FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
        QVERIFY(FirstRun::save(*answers, **db, clock));
        auto stored = ProfileRepository(**db, clock).load();
        QVERIFY(stored && *stored);
        QCOMPARE(**stored, answers->profile);
        JournalLocation::setFolder({});
    }

    void invalidRegistrationStopsOnTheFirstPage_data()
    {
        QTest::addColumn<QString>("profession");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("said");
        QTest::newRow("short NMC Pin") << "nurse" << "1234" << "12A3456E";
        QTest::newRow("letters swapped") << "midwife" << "AB1234CD" << "12A3456E";
        QTest::newRow("GMC number of six digits") << "gp" << "123456" << "seven digits";
    }

    void invalidRegistrationStopsOnTheFirstPage()
    {
        QFETCH(QString, profession);
        QFETCH(QString, number);
        QFETCH(QString, said);
        FirstRunWizard w(std::nullopt, JournalLocation::defaultFolder());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.nameEdit()->setText(QStringLiteral("Alex Doe"));
        w.professionBox()->setCurrentIndex(w.professionBox()->findData(profession));
        w.registrationEdit()->setText(number);
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::ProfilePage));
        QVERIFY(w.errorLabel()->isVisible());
        QVERIFY2(w.errorLabel()->text().contains(said), qPrintable(w.errorLabel()->text()));
        // Put right, it goes on.
        w.registrationEdit()->setText(profession == QLatin1String("gp") ? QStringLiteral("1234567")
                                                                          : QStringLiteral("12A3456E"));
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::DatePage));
        QVERIFY(!w.errorLabel()->isVisible());
    }

    void nameIsNeeded()
    {
        FirstRunWizard w(std::nullopt, JournalLocation::defaultFolder());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.professionBox()->setCurrentIndex(w.professionBox()->findData(QStringLiteral("hcpc")));
        QVERIFY2(!w.registrationEdit()->isVisibleTo(&w), "no NMC Pin or GMC number for this profession");
        w.next();
        QCOMPARE(w.currentId(), int(FirstRunWizard::ProfilePage));
        QVERIFY(w.errorLabel()->text().contains(QStringLiteral("Your name")));
    }

    void askedAgainFromTheHelpMenu()
    {
        test::TestJournal j;
        auto db = Database::open(j.path);
        QVERIFY(db);
        MainWindow window(std::move(*db), j.clock);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("setupAgainAction"));
        QVERIFY(action);
        whenWizardShows([](FirstRunWizard& w) {
            w.nameEdit()->setText(QStringLiteral("Dr Lee"));
            w.professionBox()->setCurrentIndex(w.professionBox()->findData(QStringLiteral("gp")));
            w.registrationEdit()->setText(QStringLiteral("7654321"));
            w.next();
            w.dateEdit()->setDate(QDate(2026, 9, 1));
            w.next();
            QVERIFY(w.folderEdit()->isReadOnly());
            w.button(QWizard::FinishButton)->click();
        });
        action->trigger();
        auto stored = ProfileRepository(window.session().database(), j.clock).load();
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->gmcNumber, QStringLiteral("7654321"));
        QCOMPARE((*stored)->nextAppraisalDate, QDate(2026, 9, 1));
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
