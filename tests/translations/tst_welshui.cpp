// The window in Welsh: the embedded translation loads, menus, areas and Qt's own buttons speak
// Welsh, core error messages too, counts take the right plural form, and the Settings dialog
// stores the language.
#include "TestJournal.h"

#include "common/MessageBox.h"
#include "journal/EntryValidator.h"
#include "main/MainWindow.h"
#include "settings/Language.h"
#include "settings/SettingsDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

class TestWelshUi : public QObject
{
    Q_OBJECT

private:
    static QStringList menuTitles(const MainWindow& window)
    {
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles << a->text();
        return titles;
    }

    static QStringList areaTitles(const MainWindow& window)
    {
        QStringList titles;
        const auto* list = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        for (int i = 0; list && i < list->count(); ++i)
            titles << list->item(i)->text();
        return titles;
    }

    static std::unique_ptr<MainWindow> openWindow(test::TestJournal& j)
    {
        auto db = Database::open(j.path);
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().message));
        auto window = std::make_unique<MainWindow>(std::move(*db), j.clock);
        window->show();
        return window;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAnswerAll(QMessageBox::NoButton);
    }

    void cleanup()
    {
        // Back to the default for the next test.
        QVERIFY(Language::install(*qApp, Language::Choice::EnglishUK));
    }

    void systemLocaleChoosesTheLanguage()
    {
        QCOMPARE(Language::resolve(Language::Choice::System,
                                   QLocale(QLocale::Welsh, QLocale::UnitedKingdom)),
                 Language::Choice::Welsh);
        QCOMPARE(Language::resolve(Language::Choice::System,
                                   QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 Language::Choice::EnglishUK);
        // A language we have no translation for falls back to English.
        QCOMPARE(
            Language::resolve(Language::Choice::System, QLocale(QLocale::French, QLocale::France)),
            Language::Choice::EnglishUK);
        QCOMPARE(Language::resolve(Language::Choice::Welsh,
                                   QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 Language::Choice::Welsh);
    }

    void englishPluralsReadRight()
    {
        QVERIFY(Language::install(*qApp, Language::Choice::EnglishUK));
        QCOMPARE(QCoreApplication::translate("cpd::MainWindow", "%Ln entries", nullptr, 1),
                 QStringLiteral("1 entry"));
        QCOMPARE(QCoreApplication::translate("cpd::MainWindow", "%Ln entries", nullptr, 2),
                 QStringLiteral("2 entries"));
        QCOMPARE(QCoreApplication::translate("cpd::MainWindow", "%Ln entries", nullptr, 1234),
                 QStringLiteral("1,234 entries"));
    }

    void mainWindowSpeaksWelsh()
    {
        QVERIFY(Language::install(*qApp, Language::Choice::Welsh));
        QCOMPARE(Language::installed(), Language::Choice::Welsh);
        test::TestJournal j;
        auto window = openWindow(j);
        const QStringList menus = menuTitles(*window);
        QVERIFY2(menus.contains(QStringLiteral("&Ffeil")),
                 qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY2(menus.contains(QStringLiteral("&Golygu")),
                 qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY2(menus.contains(QStringLiteral("C&ymorth")),
                 qPrintable(menus.join(QLatin1String(", "))));
        QVERIFY(!menus.contains(QStringLiteral("&File")));
        // Alt+letter opens each menu: no two Welsh menu titles may share their accelerator.
        QSet<QChar> keys;
        for (const QString& title : menus) {
            const qsizetype amp = title.indexOf(QLatin1Char('&'));
            if (amp < 0 || amp + 1 >= title.size())
                continue;
            const QChar key = title.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(QStringLiteral("two menus use Alt+%1: %2")
                                                         .arg(key)
                                                         .arg(menus.join(QLatin1String(", ")))));
            keys.insert(key);
        }
        // …and within each menu, no two items.
        for (QAction* menuAction : window->menuBar()->actions()) {
            if (!menuAction->menu())
                continue;
            QSet<QChar> itemKeys;
            for (QAction* item : menuAction->menu()->actions()) {
                const QString text = item->text();
                const qsizetype amp = text.indexOf(QLatin1Char('&'));
                if (item->isSeparator() || amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!itemKeys.contains(key),
                         qPrintable(QStringLiteral("two items of %1 use %2: %3")
                                        .arg(menuAction->text())
                                        .arg(key)
                                        .arg(text)));
                itemKeys.insert(key);
            }
        }

        const QStringList areas = areaTitles(*window);
        QVERIFY2(areas.contains(QStringLiteral("Cyfnodolyn")),
                 qPrintable(areas.join(QLatin1String(", "))));
        QVERIFY2(areas.contains(QStringLiteral("Ailddilysu")),
                 qPrintable(areas.join(QLatin1String(", "))));
        QVERIFY2(areas.contains(QStringLiteral("Pynciau")),
                 qPrintable(areas.join(QLatin1String(", "))));

        QVERIFY(window->newEntryAction()->text() == QStringLiteral("Cofnod &newydd"));
        QCOMPARE(window->saveAction()->text(), QStringLiteral("&Cadw'r cofnod"));
        auto* settings = window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        QCOMPARE(settings->text(), QStringLiteral("&Gosodiadau…"));
        QCOMPARE(settings->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

        // Welsh plural forms (Qt's Welsh rules: 0, 1, 2–5, 6, other) keep the number.
        QCOMPARE(QCoreApplication::translate("cpd::MainWindow", "%Ln entries", nullptr, 3),
                 QStringLiteral("3 cofnod"));
        // Text from core (the reflective templates) comes out in Welsh too.
        QCOMPARE(QCoreApplication::translate("ReflectionTemplates", "Gibbs reflective cycle"),
                 QStringLiteral("Cylch myfyrio Gibbs"));
    }

    void coreMessagesSpeakWelsh()
    {
        // Errors from core reach the window in Welsh: their runtime context is the one lupdate
        // filed them under.
        QVERIFY(Language::install(*qApp, Language::Choice::Welsh));
        const QStringList problems = EntryValidator::problems(Entry{});
        QVERIFY2(problems.contains(QStringLiteral("mae'r teitl yn wag: rhowch deitl i'r cofnod")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QCOMPARE(db.error().message,
                 QStringLiteral("Ffolder yw %1, nid ffeil cyfnodolyn.").arg(dir.path()));
        // A count in core takes the English singular from the en_GB file.
        QVERIFY(Language::install(*qApp, Language::Choice::EnglishUK));
        QCOMPARE(QCoreApplication::translate("JournalJson", "…and %Ln more problems", nullptr, 1),
                 QStringLiteral("…and 1 more problem"));
    }

    void qtStandardButtonsSpeakWelsh()
    {
        QVERIFY(Language::install(*qApp, Language::Choice::Welsh));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                             QDialogButtonBox::Save);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Iawn"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Diddymu"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Cadw"));
    }

    void settingsDialogStoresTheLanguage()
    {
        QVERIFY(Language::install(*qApp, Language::Choice::Welsh));
        QTemporaryDir dir;
        QSettings stored(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(Language::stored(stored), Language::Choice::System);
        {
            SettingsDialog dialog(stored);
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Gosodiadau"));
            QComboBox* box = dialog.languageBox();
            QCOMPARE(box->count(), 3);
            QCOMPARE(box->itemText(0), QStringLiteral("Rhagosodiad y system"));
            box->setCurrentIndex(box->findData(int(Language::Choice::EnglishUK)));
            QVERIFY(dialog.languageChangePending());
            auto* note = dialog.findChildren<QLabel*>().last();
            QVERIFY2(note->text().contains(QStringLiteral("y tro nesaf")),
                     qPrintable(note->text()));
            dialog.accept();
        }
        QCOMPARE(Language::stored(stored), Language::Choice::EnglishUK);
        {
            SettingsDialog dialog(stored);
            QCOMPARE(Language::Choice(dialog.languageBox()->currentData().toInt()),
                     Language::Choice::EnglishUK);
            // Cancel stores nothing.
            dialog.languageBox()->setCurrentIndex(
                dialog.languageBox()->findData(int(Language::Choice::Welsh)));
            dialog.reject();
        }
        QCOMPARE(Language::stored(stored), Language::Choice::EnglishUK);
        Language::store(stored, Language::Choice::System);
        QVERIFY(!stored.contains(QStringLiteral("interface/language")));
    }
};

QTEST_MAIN(TestWelshUi)
#include "tst_welshui.moc"
