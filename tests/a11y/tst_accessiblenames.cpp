#include "A11yWalker.h"

#include "common/MessageBox.h"
#include "demo/DemoJournalGenerator.h"
#include "evidence/CaseNoteDialog.h"
#include "evidence/CaseNoteRepository.h"
#include "evidence/ChatEntryDialog.h"
#include "evidence/GuidelineDialog.h"
#include "export/ExportDialog.h"
#include "journal/EntryRepository.h"
#include "main/JournalSession.h"
#include "revalidation/ProfileDialog.h"
#include "revalidation/RecordDialog.h"

#include "TestJournal.h"

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace cpd;
using namespace cpd::test;

// Walks the widget tree of every area of the main window and of every dialog the app has, and
// fails for each control a screen reader could not name (no accessible name, no text, no label
// whose buddy it is), listing them all.
class TestAccessibleNames : public QObject
{
    Q_OBJECT

private:
    QStringList m_missing;
    QSet<QWidget*> m_seen;

    void walk(const QString& where, QWidget* root)
    {
        const QList<QWidget*> found = controls(root);
        for (QWidget* w : found) {
            if (m_seen.contains(w))
                continue;
            m_seen.insert(w);
            if (accessibleName(w).isEmpty())
                m_missing << where + QLatin1String(": ") + describe(w);
        }
    }

    static std::unique_ptr<MainWindow> openWindow(TestJournal& j)
    {
        auto db = Database::open(j.path);
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().message));
        auto window = std::make_unique<MainWindow>(std::move(*db), j.clock);
        window->show();
        return window;
    }

    void report()
    {
        const QStringList missing = std::exchange(m_missing, {});
        m_seen.clear();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without an accessible name:\n  ")
                                                   .arg(missing.size())
                                               + missing.join(QLatin1String("\n  "))));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAnswerAll(QMessageBox::Cancel);
    }

    void everyAreaOfTheMainWindow()
    {
        TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        DemoJournalGenerator demo(7, j.clock.today());
        const QList<Entry> entries = demo.generate(12);
        for (const Entry& e : entries)
            QVERIFY(repo.add(e).has_value());
        auto window = openWindow(j);
        forEachView(*window, [&](const QString& where, QWidget*) { walk(where, window.get()); });
        // the editor of an opened entry, too
        window->showArea(QStringLiteral("journal"));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        walk(QStringLiteral("journal/new entry"), window.get());
        report();
    }

    void theWelcomePage()
    {
        TestJournal j;
        auto window = openWindow(j);
        QVERIFY(window->isShowingWelcome());
        walk(QStringLiteral("welcome"), window.get());
        report();
    }

    void everyDialog()
    {
        TestJournal j;
        auto window = openWindow(j);
        QList<QDialog*> dialogs;
        dialogs << new ProfileDialog(window.get()) << new RecordDialog(window.get());
        Entry draft = TestJournal::sampleEntry();
        dialogs << new ChatEntryDialog(draft, window.get());
        QNetworkAccessManager network;
        dialogs << new GuidelineDialog(network, HttpFetcher::Options{}, window.get());
        CaseNoteRepository cases(window->session().database(), j.clock, window->session().identifierCheck());
        dialogs << new CaseNoteDialog(cases, window->session().identifierCheck(), window.get());
        dialogs << new ExportDialog(window->session().database(), j.clock, window.get());
        for (QDialog* d : std::as_const(dialogs)) {
            d->show();
            walk(QString::fromLatin1(d->metaObject()->className()), d);
            d->reject();
            delete d;
        }
        report();
    }

    // Whatever the menus open (the dialogs above and any added later): each modal window is
    // walked while it is up, then closed.
    void everyDialogTheMenusOpen()
    {
        TestJournal j;
        auto window = openWindow(j);
        QStringList opened;
        QList<QAction*> actions;
        const QList<QMenu*> menus = window->menuBar()->findChildren<QMenu*>();
        for (QMenu* menu : menus) {
            const QList<QAction*> items = menu->actions();
            for (QAction* a : items) {
                if (!a->menu() && a->isEnabled() && a->text().contains(QChar(0x2026)))
                    actions << a;
            }
        }
        for (QAction* a : std::as_const(actions)) {
            QTimer poll;
            poll.setInterval(20);
            connect(&poll, &QTimer::timeout, this, [&] {
                QWidget* modal = QApplication::activeModalWidget();
                if (!modal)
                    return;
                poll.stop();
                if (!qobject_cast<QFileDialog*>(modal)) {
                    opened << a->text();
                    walk(a->text().remove(QLatin1Char('&')), modal);
                }
                if (auto* d = qobject_cast<QDialog*>(modal))
                    d->reject();
                else
                    modal->close();
            });
            poll.start();
            a->trigger();
            poll.stop();
        }
        QVERIFY(!opened.isEmpty());
        report();
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
