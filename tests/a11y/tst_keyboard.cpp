#include "A11yWalker.h"

#include "common/MessageBox.h"
#include "demo/DemoJournalGenerator.h"
#include "editor/EntryEditor.h"
#include "editor/HoursPanel.h"
#include "editor/LinksWidget.h"
#include "editor/ReflectionPanel.h"
#include "editor/StandardsPanel.h"
#include "journal/EntryRepository.h"
#include "journal/JournalPage.h"
#include "topics/TopicMappingPanel.h"

#include "TestJournal.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTableWidget>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>

using namespace cpd;
using namespace cpd::test;

// Everything works from the keyboard: every menu item has a shortcut or a mnemonic, Tab reaches
// every control of every area in reading order, and lists move with the arrow keys.
class TestKeyboard : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MainWindow> openWindow(TestJournal& j, int entries)
    {
        EntryRepository repo(*j.db, j.clock);
        DemoJournalGenerator demo(11, j.clock.today());
        const QList<Entry> list = demo.generate(entries);
        for (const Entry& e : list) {
            if (!repo.add(e))
                qFatal("cannot add demo entry");
        }
        auto db = Database::open(j.path);
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().message));
        auto window = std::make_unique<MainWindow>(std::move(*db), j.clock);
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }

    // The widgets Tab visits, in order, starting from start, until it comes round again.
    static QList<QWidget*> tabCycle(QWidget* start)
    {
        QList<QWidget*> visited;
        start->setFocus(Qt::TabFocusReason);
        for (int i = 0; i < 400; ++i) {
            QWidget* now = QApplication::focusWidget();
            if (!now || (i > 0 && now == start))
                break;
            visited << now;
            QTest::keyClick(now, Qt::Key_Tab);
        }
        return visited;
    }

    static bool isInMenus(QAction* action, QMenuBar* bar)
    {
        const QList<QMenu*> menus = bar->findChildren<QMenu*>();
        for (QMenu* m : menus) {
            if (m->actions().contains(action))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAnswerAll(QMessageBox::Cancel);
    }

    void everyMenuItemHasAShortcutOrMnemonic()
    {
        TestJournal j;
        auto window = openWindow(j, 3);
        QStringList bad;
        const QList<QAction*> top = window->menuBar()->actions();
        for (QAction* t : top) {
            if (!t->text().contains(QLatin1Char('&')))
                bad << QStringLiteral("menu \"%1\" has no mnemonic").arg(t->text());
            QList<QMenu*> menus{t->menu()};
            while (!menus.isEmpty()) {
                QMenu* menu = menus.takeFirst();
                QSet<QChar> mnemonics;
                const QList<QAction*> items = menu->actions();
                for (QAction* a : items) {
                    if (a->isSeparator() || !a->isVisible())
                        continue;
                    if (a->menu())
                        menus << a->menu();
                    const QString text = a->text();
                    const qsizetype amp = text.indexOf(QLatin1Char('&'));
                    const bool hasMnemonic = amp >= 0 && amp + 1 < text.size();
                    if (!hasMnemonic && a->shortcut().isEmpty())
                        bad << QStringLiteral("\"%1\" in %2: neither shortcut nor mnemonic").arg(text, t->text());
                    if (hasMnemonic) {
                        const QChar m = text.at(amp + 1).toLower();
                        // Still reachable (the key cycles through the items), but a second press.
                        if (mnemonics.contains(m) && a->shortcut().isEmpty())
                            qWarning("\"%s\" in %s: mnemonic %s used twice", qPrintable(text), qPrintable(t->text()),
                                     qPrintable(QString(m)));
                        mnemonics.insert(m);
                    }
                }
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1String("\n  "))));
    }

    void tabReachesEveryControl()
    {
        TestJournal j;
        auto window = openWindow(j, 12);
        auto* navigation = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList unreachable;
        forEachView(*window, [&](const QString& where, QWidget* page) {
            const QList<QWidget*> cycle = tabCycle(navigation);
            const QList<QWidget*> wanted = controls(page);
            const qsizetype before = unreachable.size();
            for (QWidget* w : wanted) {
                if (!w->isEnabled())
                    continue;
                if (cycle.contains(w) || (w->focusProxy() && cycle.contains(w->focusProxy())))
                    continue;
                // A toolbar button whose action is also in the menus is reached through them.
                auto* button = qobject_cast<QAbstractButton*>(w);
                if (button && qobject_cast<QToolBar*>(w->parentWidget()))
                    continue;
                unreachable << where + QLatin1String(": ") + describe(w);
            }
            if (unreachable.size() > before) {
                QStringList path;
                for (QWidget* w : cycle)
                    path << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('#') + w->objectName();
                qWarning("%s: Tab went %s", qPrintable(where), qPrintable(path.join(QLatin1String(", "))));
            }
        });
        QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("Tab never reaches:\n  ")
                                                   + unreachable.join(QLatin1String("\n  "))));
    }

    // Compares the Tab cycle with the intended order of the form (not screen positions, which
    // move while Tab scrolls the form): title, date and activity, hours, template and each
    // reflection question, the Standards check boxes, tags, links (table, then its buttons),
    // topics (table, then its buttons), then the bar: Status, Discard, Save.
    void editorTabOrderFollowsReadingOrder()
    {
        TestJournal j;
        auto window = openWindow(j, 3);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        EntryEditor* editor = window->journalPage()->editor();
        auto* links = editor->linksWidget();
        links->setLinks({{QStringLiteral("web"), QStringLiteral("https://example.org/a"), QStringLiteral("A")},
                         {QStringLiteral("guideline"), QStringLiteral("https://example.org/b"), QStringLiteral("B")}});
        editor->topicPanel()->addMapping(editor->topicPanel()->suggestions().isEmpty()
                                             ? QStringLiteral("asthma")
                                             : editor->topicPanel()->suggestions().first().id);
        QList<QWidget*> intended{editor->titleEdit(), editor->dateEdit()};
        const QList<QWidget*> all = editor->findChildren<QWidget*>();
        for (QWidget* w : all) { // "Ended on" and the end date, beside the date
            if (w->accessibleName() == QLatin1String("The activity lasted more than one day"))
                intended << w;
        }
        for (QWidget* w : all) {
            if (w->accessibleName() == QLatin1String("End date"))
                intended << w;
        }
        intended << editor->activityBox() << editor->feedbackSourceBox();
        intended << editor->hoursPanel()->tabChain();
        intended << editor->reflectionPanel()->templateBox();
        for (QPlainTextEdit* field : editor->reflectionPanel()->visibleFields())
            intended << field;
        intended << editor->standardsPanel()->tabChain() << editor->tagsEdit();
        intended << links->table() << links->tabChain().mid(1);
        intended << editor->topicPanel()->mappingTable() << editor->topicPanel()->tabChain().mid(1);
        intended << editor->statusBox();
        intended << editor->discardButton() << editor->saveButton();

        const QList<QWidget*> cycle = tabCycle(editor->titleEdit());
        QStringList missing;
        QList<QWidget*> visited; // the intended widgets, in the order Tab reached them
        for (QWidget* w : cycle) {
            if (intended.contains(w) && !visited.contains(w))
                visited << w;
        }
        QList<QWidget*> wanted; // the intended widgets Tab can reach at all
        for (QWidget* w : std::as_const(intended)) {
            if (!w->isVisible() || !w->isEnabled())
                continue;
            wanted << w;
            if (!visited.contains(w))
                missing << describe(w);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("Tab never reaches:\n  ") + missing.join(QLatin1String("\n  "))));
        QStringList wrong;
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            if (visited.at(i) != wanted.at(i))
                wrong << QStringLiteral("#%1: Tab went to %2, expected %3").arg(i).arg(describe(visited.at(i)), describe(wanted.at(i)));
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("Tab leaves the reading order:\n  ")
                                             + wrong.join(QLatin1String("\n  "))));
        // Within the editor nothing else sneaks in between: every stop is one of the intended.
        for (QWidget* w : cycle) {
            if (editor->isAncestorOf(w) && !intended.contains(w))
                QFAIL(qPrintable(QStringLiteral("unexpected Tab stop in the editor: ") + describe(w)));
        }
    }

    void listsAndTablesMoveWithArrowKeys()
    {
        TestJournal j;
        auto window = openWindow(j, 12);
        QStringList stuck;
        int tried = 0;
        forEachView(*window, [&](const QString& where, QWidget* page) {
            const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
            for (QAbstractItemView* view : views) {
                if (qobject_cast<QHeaderView*>(view) || !view->isVisible() || !view->model()
                    || view->model()->rowCount(view->rootIndex()) < 2)
                    continue;
                ++tried;
                int column = 0;
                if (auto* table = qobject_cast<QTableView*>(view)) {
                    while (table->isColumnHidden(column))
                        ++column;
                }
                view->setFocus(Qt::TabFocusReason);
                view->setCurrentIndex(view->model()->index(0, column, view->rootIndex()));
                QTest::keyClick(view, Qt::Key_Down);
                const int down = view->currentIndex().row();
                QTest::keyClick(view, Qt::Key_Up);
                const int up = view->currentIndex().row();
                if (down != 1 || up != 0)
                    stuck << where + QStringLiteral(": down to %1, up to %2: ").arg(down).arg(up) + describe(view);
            }
        });
        QVERIFY(tried > 0);
        QVERIFY2(stuck.isEmpty(), qPrintable(stuck.join(QLatin1String("\n  "))));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
