#include "editor/EntryEditor.h"
#include "editor/ReflectionPanel.h"
#include "privacy/DismissalStore.h"
#include "privacy/PrivacyGuard.h"

#include "TestJournal.h"

#include <QMenu>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QUndoStack>

using namespace cpd;
using namespace cpd::test;

class TestPrivacyUi : public QObject
{
    Q_OBJECT

private:
    static int underlined(QPlainTextEdit* edit)
    {
        int n = 0;
        const auto selections = edit->extraSelections();
        for (const QTextEdit::ExtraSelection& s : selections)
            n += s.format.underlineStyle() == QTextCharFormat::WaveUnderline ? 1 : 0;
        return n;
    }

private slots:
    void checksAfterTypingStops()
    {
        ReflectionPanel panel;
        PrivacyGuard* guard = panel.privacyGuard();
        guard->setDelay(50);
        QPlainTextEdit* edit = panel.visibleFields().first();
        QSignalSpy checked(guard, &PrivacyGuard::checked);
        QVERIFY(checked.isValid());
        QTest::keyClicks(edit, QStringLiteral("Mrs Patel rang"));
        // nothing runs on the keystrokes themselves
        QCOMPARE(underlined(edit), 0);
        QTRY_COMPARE(underlined(edit), 1);
        QVERIFY(!checked.isEmpty());

        // loading answers (signals blocked) is checked too
        panel.setAnswers({{QStringLiteral("nature"), QStringLiteral("NHS 943 476 5919 and DOB 01/02/1950")}});
        guard->checkNow();
        QCOMPARE(underlined(panel.field(QStringLiteral("nature"))), 2);
    }

    void redactIsUndoable()
    {
        EntryEditor editor;
        editor.newEntry(QDate(2026, 3, 14));
        QPlainTextEdit* edit = editor.reflectionPanel()->visibleFields().first();
        PrivacyGuard* guard = editor.reflectionPanel()->privacyGuard();
        QTest::keyClicks(edit, QStringLiteral("I called Mr O'Connor back."));
        const QList<Finding> findings = guard->findings(edit);
        QCOMPARE(findings.size(), 1);

        // the context menu offers both actions for the finding under the pointer
        const QPoint at = edit->cursorRect([&] {
                                  QTextCursor c(edit->document());
                                  c.setPosition(int(findings.first().start) + 4);
                                  return c;
                              }())
                              .center();
        std::unique_ptr<QMenu> menu(guard->createContextMenu(edit, at));
        QAction* redact = menu->findChild<QAction*>(QStringLiteral("privacyRedact"));
        QVERIFY(redact);
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("privacyDismiss")));
        redact->trigger();
        QCOMPARE(edit->toPlainText(), QStringLiteral("I called [redacted] back."));
        QCOMPARE(underlined(edit), 0);
        QVERIFY(editor.isDirty());

        editor.undoStack()->undo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("I called Mr O'Connor back."));
        editor.undoStack()->redo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("I called [redacted] back."));
        editor.undoStack()->undo();
        guard->checkNow();
        QCOMPARE(underlined(edit), 1);

        // no context menu actions away from a finding
        std::unique_ptr<QMenu> plain(guard->createContextMenu(edit, edit->cursorRect(QTextCursor(edit->document())).center()));
        QVERIFY(!plain->findChild<QAction*>(QStringLiteral("privacyRedact")));
    }

    void notAnIdentifierIsRemembered()
    {
        TestJournal j;
        DismissalStore store(*j.db);
        {
            ReflectionPanel panel;
            panel.privacyGuard()->setDismissalStore(&store);
            QPlainTextEdit* edit = panel.visibleFields().first();
            edit->setPlainText(QStringLiteral("Dr Foster data and Mrs Patel"));
            const QList<Finding> findings = panel.privacyGuard()->findings(edit);
            QCOMPARE(findings.size(), 2);
            QVERIFY(panel.privacyGuard()->dismiss(edit, findings.first()));
            QCOMPARE(panel.privacyGuard()->findings(edit).size(), 1);
            QCOMPARE(underlined(edit), 1);
        }
        QCOMPARE(*store.isDismissed(QStringLiteral("person_name"), QStringLiteral("Dr Foster")), true);
        ReflectionPanel again;
        again.privacyGuard()->setDismissalStore(&store);
        QPlainTextEdit* edit = again.visibleFields().last();
        edit->setPlainText(QStringLiteral("Dr  Foster again"));
        QCOMPARE(again.privacyGuard()->findings(edit).size(), 0);
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacyui.moc"
