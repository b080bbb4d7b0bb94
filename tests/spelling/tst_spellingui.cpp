#include "editor/EntryEditor.h"
#include "editor/ReflectionPanel.h"
#include "privacy/PrivacyGuard.h"
#include "spelling/SpellCheckController.h"

#include <QFile>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

using namespace cpd;

// The reflection fields underline misspelt words (the system's en_GB dictionary) and offer
// suggestions, "Add to dictionary" and "Ignore" in the same context menu as the privacy actions.
class TestSpellingUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QStringList underlined(QPlainTextEdit* edit)
    {
        QStringList out;
        for (QTextBlock b = edit->document()->begin(); b.isValid(); b = b.next()) {
            const QList<QTextLayout::FormatRange> ranges = b.layout()->formats();
            for (const QTextLayout::FormatRange& r : ranges) {
                if (r.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    out << b.text().mid(r.start, r.length);
            }
        }
        return out;
    }

    static QPoint pointAt(QPlainTextEdit* edit, int position)
    {
        QTextCursor c(edit->document());
        c.setPosition(position);
        return edit->cursorRect(c).center();
    }

    PersonalDictionary personal() const { return PersonalDictionary(m_dir.filePath(QStringLiteral("words.txt"))); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ReflectionPanel probe;
        QVERIFY(probe.spelling()->waitUntilLoaded()); // the dictionary loads on a worker thread
        QVERIFY2(probe.spelling()->isAvailable(), qPrintable(probe.spelling()->unavailableReason()));
    }

    void underlinesOnlyMisspeltWords()
    {
        ReflectionPanel panel;
        QPlainTextEdit* edit = panel.visibleFields().first();
        QTest::keyClicks(edit, QStringLiteral("I recieved feedback on my COPD reveiw with apixaban."));
        QCOMPARE(underlined(edit), (QStringList{QStringLiteral("recieved"), QStringLiteral("reveiw")}));

        // loading answers (signals blocked) is checked too, paragraph by paragraph
        panel.setAnswers({{QStringLiteral("nature"), QStringLiteral("Fine words.\nA mispelt one.\nMore fine words.")}});
        QCOMPARE(underlined(panel.field(QStringLiteral("nature"))), QStringList{QStringLiteral("mispelt")});
    }

    void suggestionReplacesTheWordAndUndoes()
    {
        EntryEditor editor;
        editor.newEntry(QDate(2026, 3, 14));
        QPlainTextEdit* edit = editor.reflectionPanel()->visibleFields().first();
        QTest::keyClicks(edit, QStringLiteral("I recieved help from Mrs Patel."));
        SpellCheckController* spelling = editor.reflectionPanel()->spelling();
        spelling->setPersonalDictionary(personal());

        std::unique_ptr<QMenu> menu(spelling->createContextMenu(edit, pointAt(edit, 4)));
        const QList<QAction*> suggestions = menu->findChildren<QAction*>(QStringLiteral("spellingSuggestion"));
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(suggestions.size() <= 7);
        QCOMPARE(suggestions.first()->text(), QStringLiteral("received"));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("spellingAdd")));
        QVERIFY(menu->findChild<QAction*>(QStringLiteral("spellingIgnore")));
        // spelling first, the standard actions still there
        QCOMPARE(menu->actions().first(), suggestions.first());
        QVERIFY(menu->actions().size() > suggestions.size() + 3);

        const int steps = editor.undoStack()->count();
        suggestions.first()->trigger();
        QCOMPARE(edit->toPlainText(), QStringLiteral("I received help from Mrs Patel."));
        QCOMPARE(underlined(edit), QStringList{});
        QVERIFY(editor.isDirty());
        QVERIFY(editor.undoStack()->count() > steps);
        editor.undoStack()->undo();
        QCOMPARE(edit->toPlainText(), QStringLiteral("I recieved help from Mrs Patel."));

        // over a likely identifier: the privacy actions, in the same menu, and no spelling ones
        editor.reflectionPanel()->privacyGuard()->checkNow();
        std::unique_ptr<QMenu> privacy(spelling->createContextMenu(edit, pointAt(edit, 23)));
        QVERIFY(privacy->findChild<QAction*>(QStringLiteral("privacyRedact")));
        QVERIFY(!privacy->findChild<QAction*>(QStringLiteral("spellingSuggestion")));
    }

    void addToDictionaryIsRemembered()
    {
        QFile::remove(personal().path());
        {
            ReflectionPanel panel;
            panel.spelling()->setPersonalDictionary(personal());
            QPlainTextEdit* edit = panel.visibleFields().first();
            edit->setPlainText(QStringLiteral("Our Pentrefoel Glangwili team"));
            QCOMPARE(underlined(edit), (QStringList{QStringLiteral("Pentrefoel"), QStringLiteral("Glangwili")}));
            std::unique_ptr<QMenu> menu(panel.spelling()->createContextMenu(edit, pointAt(edit, 6)));
            QAction* add = menu->findChild<QAction*>(QStringLiteral("spellingAdd"));
            QVERIFY(add);
            QVERIFY(add->text().contains(QLatin1String("Pentrefoel")));
            add->trigger();
            QCOMPARE(underlined(edit), QStringList{QStringLiteral("Glangwili")});
        }
        QCOMPARE(personal().load().value(), QStringList{QStringLiteral("Pentrefoel")});
        ReflectionPanel again;
        again.spelling()->setPersonalDictionary(personal());
        QPlainTextEdit* edit = again.visibleFields().last();
        edit->setPlainText(QStringLiteral("Pentrefoel"));
        QCOMPARE(underlined(edit), QStringList{});
    }

    void ignoreIsForTheSessionOnly()
    {
        QFile::remove(personal().path());
        ReflectionPanel panel;
        panel.spelling()->setPersonalDictionary(personal());
        QPlainTextEdit* edit = panel.visibleFields().first();
        edit->setPlainText(QStringLiteral("the Glangwili ward and Glangwili again"));
        QCOMPARE(underlined(edit).size(), 2);
        std::unique_ptr<QMenu> menu(panel.spelling()->createContextMenu(edit, pointAt(edit, 6)));
        menu->findChild<QAction*>(QStringLiteral("spellingIgnore"))->trigger();
        QCOMPARE(underlined(edit), QStringList{});
        QVERIFY(!QFile::exists(personal().path()));
    }

    void switchingOffClearsUnderlinesAndChangesNothing()
    {
        EntryEditor editor;
        editor.newEntry(QDate(2026, 3, 14));
        QPlainTextEdit* edit = editor.reflectionPanel()->visibleFields().first();
        edit->setPlainText(QStringLiteral("A mispelt word"));
        editor.markSaved(editor.entryToSave());
        QVERIFY(!editor.isDirty());
        const int steps = editor.undoStack()->count();
        SpellCheckController* spelling = editor.reflectionPanel()->spelling();
        QCOMPARE(underlined(edit).size(), 1);

        spelling->setEnabled(false);
        QCOMPARE(underlined(edit), QStringList{});
        std::unique_ptr<QMenu> menu(spelling->createContextMenu(edit, pointAt(edit, 4)));
        QVERIFY(!menu->findChild<QAction*>(QStringLiteral("spellingSuggestion")));
        spelling->setEnabled(true);
        QCOMPARE(underlined(edit), QStringList{QStringLiteral("mispelt")});
        QVERIFY(!editor.isDirty());
        QCOMPARE(editor.undoStack()->count(), steps);
    }

    void missingDictionaryDegradesGracefully()
    {
        QTemporaryDir empty;
        SpellCheckController::setDictionaryFolders({empty.path()});
        {
            ReflectionPanel panel;
            SpellCheckController* spelling = panel.spelling();
            QVERIFY(spelling->waitUntilLoaded());
            QVERIFY(!spelling->isAvailable());
            QVERIFY(spelling->unavailableReason().contains(QLatin1String("hunspell-en-gb")));
            QPlainTextEdit* edit = panel.visibleFields().first();
            QTest::keyClicks(edit, QStringLiteral("A mispelt word"));
            QCOMPARE(edit->toPlainText(), QStringLiteral("A mispelt word"));
            QCOMPARE(underlined(edit), QStringList{});
            std::unique_ptr<QMenu> menu(spelling->createContextMenu(edit, pointAt(edit, 4)));
            QVERIFY(!menu->actions().isEmpty());
            QVERIFY(!menu->findChild<QAction*>(QStringLiteral("spellingAdd")));
        }
        SpellCheckController::setDictionaryFolders({});
        ReflectionPanel back;
        // The dictionary is read on a worker thread: the field works at once, and what was typed
        // before it loaded is underlined when it has.
        QVERIFY(back.spelling()->isLoading());
        QPlainTextEdit* edit = back.visibleFields().first();
        QTest::keyClicks(edit, QStringLiteral("Typed while it loads: a mispelt word"));
        QCOMPARE(underlined(edit), QStringList{});
        QVERIFY(back.spelling()->waitUntilLoaded());
        QVERIFY(back.spelling()->isAvailable());
        QCOMPARE(underlined(edit), QStringList{QStringLiteral("mispelt")});
    }
};

QTEST_MAIN(TestSpellingUi)
#include "tst_spellingui.moc"
