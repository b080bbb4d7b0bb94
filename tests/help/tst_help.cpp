#include "TestJournal.h"

#include "common/MessageBox.h"
#include "help/AboutDialog.h"
#include "help/HelpWindow.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace cpd;

class TestHelp : public QObject
{
    Q_OBJECT

private:
    static HelpWindow* visibleHelpWindow()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows) {
            if (auto* help = qobject_cast<HelpWindow*>(w); help && help->isVisible())
                return help;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
        MessageBox::setAnswerAll(QMessageBox::NoButton);
    }

    void everyPageOfTheGuideLoadsAndEveryLinkResolves()
    {
        HelpWindow* help = HelpWindow::showPage();
        QVERIFY(help);
        QVERIFY(help->browser()->toPlainText().contains(QStringLiteral("CPD Journal guide")));
        QFile index(QStringLiteral(":/help/index.html"));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(index.readAll());
        static const QRegularExpression href(QStringLiteral("href=\"([^\"#]+)\""));
        int pages = 0;
        for (const auto& m : href.globalMatch(html)) {
            const QString page = m.captured(1);
            QVERIFY2(QFile::exists(QStringLiteral(":/help/") + page), qPrintable(page));
            help->open(page);
            QVERIFY2(help->browser()->toPlainText().size() > 500, qPrintable(page));
            ++pages;
        }
        QCOMPARE(pages, 3);
        help->close();
    }

    void theGuideSaysWhatMatters_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("text");
        QTest::newRow("NMC question 3") << "reflective-writing.html" << "How did you change or improve your practice as a result?";
        QTest::newRow("Gibbs") << "reflective-writing.html" << "Action plan";
        QTest::newRow("Driscoll") << "reflective-writing.html" << "Now what?";
        QTest::newRow("no identifiers") << "reflective-writing.html" << "NHS numbers";
        QTest::newRow("NMC practice hours") << "regulators.html" << "450 for one registration";
        QTest::newRow("NMC CPD") << "regulators.html" << "35 hours, of which at least 20 participatory";
        QTest::newRow("GP credits") << "regulators.html" << "50 credits a year";
        QTest::newRow("application date") << "regulators.html" << "60 days before";
    }

    void theGuideSaysWhatMatters()
    {
        QFETCH(QString, page);
        QFETCH(QString, text);
        HelpWindow* help = HelpWindow::showPage(page);
        const QString shown = help->browser()->toPlainText().simplified();
        QVERIFY2(shown.contains(text), qPrintable(page + QStringLiteral(": ") + text));
        help->close();
    }

    void f1OpensTheGuideFromTheWindow()
    {
        test::TestJournal j;
        auto db = Database::open(j.path);
        QVERIFY(db);
        MainWindow window(std::move(*db), j.clock);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!visibleHelpWindow());
        QTest::keyClick(&window, Qt::Key_F1);
        HelpWindow* help = visibleHelpWindow();
        QVERIFY2(help, "F1 shows the guide");
        QVERIFY(help->browser()->source().toString().endsWith(QStringLiteral("index.html")));
        help->close();
    }

    void aboutShowsVersionsAndLicences()
    {
        AboutDialog about;
        const QString text = about.text()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("CPD Journal 9.8.7")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Qt ") + QLatin1String(qVersion())));
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("SQLite 3\\.\\d+"))), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("libsodium 1.")));
        QVERIFY(text.contains(QStringLiteral("GNU General Public License")));
        auto* licence = about.findChild<QTextBrowser*>(QStringLiteral("licenceText"));
        QVERIFY(licence);
        QVERIFY(licence->toPlainText().contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        auto* notices = about.findChild<QTextBrowser*>(QStringLiteral("noticesText"));
        QVERIFY(notices);
        for (const char* library : {"QtKeychain", "libsodium", "QuaZip", "SQLite", "Hunspell"})
            QVERIFY2(notices->toPlainText().contains(QLatin1String(library)), library);
    }

    void aboutFromTheHelpMenu()
    {
        test::TestJournal j;
        auto db = Database::open(j.path);
        QVERIFY(db);
        MainWindow window(std::move(*db), j.clock);
        window.show();
        auto* action = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(action);
        bool shown = false;
        QTimer::singleShot(0, this, [&shown] {
            if (auto* about = qobject_cast<AboutDialog*>(QApplication::activeModalWidget())) {
                shown = true;
                about->reject();
            }
        });
        action->trigger();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
