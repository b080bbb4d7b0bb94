#include "TestJournal.h"

#include "editor/AutosaveController.h"
#include "editor/EntryEditor.h"
#include "journal/DraftStore.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace cpd;

class TestAutosaveController : public QObject
{
    Q_OBJECT

private slots:
    void writesAfterAQuietSpell()
    {
        test::TestJournal j;
        DraftStore drafts(*j.db, j.clock);
        EntryEditor editor;
        AutosaveController autosave(drafts, &editor);
        QSignalSpy saved(&autosave, &AutosaveController::draftSaved);
        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("Wound care"));
        QVERIFY(autosave.isPending());
        QCOMPARE(drafts.all()->size(), 0); // not on every keystroke
        QVERIFY(saved.wait(AutosaveController::kQuietMs + 2000));
        QVERIFY(timer.elapsed() >= AutosaveController::kQuietMs * 9 / 10); // coarse timers may fire 5% early
        const auto all = drafts.all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().key, autosave.key());
        QCOMPARE(all->first().entry.title, QStringLiteral("Wound care"));
        QCOMPARE(all->first().entryId, QString());
    }

    void keepsWritingDuringLongTyping()
    {
        test::TestJournal j;
        DraftStore drafts(*j.db, j.clock);
        EntryEditor editor;
        AutosaveController autosave(drafts, &editor);
        autosave.setDelays(200, 500);
        QSignalSpy saved(&autosave, &AutosaveController::draftSaved);
        // Typing a key every 50 ms never leaves a quiet spell, yet the deadline still saves.
        QElapsedTimer timer;
        timer.start();
        while (saved.isEmpty() && timer.elapsed() < 3000) {
            QTest::keyClick(editor.titleEdit(), Qt::Key_A);
            QTest::qWait(50);
        }
        QCOMPARE(saved.count(), 1);
        QVERIFY(timer.elapsed() < 1500);
    }

    void clearRemovesTheDraftAndUndoingToCleanClearsIt()
    {
        test::TestJournal j;
        DraftStore drafts(*j.db, j.clock);
        EntryEditor editor;
        AutosaveController autosave(drafts, &editor);
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("x"));
        autosave.flush();
        QCOMPARE(drafts.all()->size(), 1);
        autosave.clear();
        QCOMPARE(drafts.all()->size(), 0);
        QVERIFY(!autosave.isPending());

        QTest::keyClicks(editor.titleEdit(), QStringLiteral("y"));
        autosave.flush();
        QCOMPARE(drafts.all()->size(), 1);
        QTest::keyClick(editor.titleEdit(), Qt::Key_Backspace);
        QTest::keyClick(editor.titleEdit(), Qt::Key_Backspace);
        QVERIFY(!editor.isDirty());
        QCOMPARE(drafts.all()->size(), 0); // back to what is stored: nothing to keep
    }
};

QTEST_MAIN(TestAutosaveController)
#include "tst_autosavecontroller.moc"
