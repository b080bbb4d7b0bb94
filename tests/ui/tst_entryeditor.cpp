#include "TestJournal.h"

#include "editor/EntryEditor.h"
#include "editor/HoursPanel.h"
#include "editor/LinksWidget.h"
#include "editor/ReflectionPanel.h"
#include "editor/StandardsPanel.h"
#include "topics/TopicMappingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cpd;

class TestEntryEditor : public QObject
{
    Q_OBJECT

private:
    static void chooseTemplate(EntryEditor& editor, const QString& id)
    {
        QComboBox* box = editor.reflectionPanel()->templateBox();
        box->setCurrentIndex(box->findData(id));
    }

private slots:
    void loadsAndReturnsAnEntryUnchanged()
    {
        EntryEditor editor;
        Entry e = test::TestJournal::sampleEntry();
        e.id = QStringLiteral("6f1c1d2e-0000-4000-8000-000000000001");
        e.endDate = QDate(2026, 2, 4);
        e.gmpDomains = {QStringLiteral("trust-professionalism")};
        e.credits = 5;
        editor.loadEntry(e);
        QVERIFY(!editor.isDirty());
        QCOMPARE(editor.entryId(), e.id);
        QCOMPARE(editor.entryToSave(), e);
        QCOMPARE(editor.titleEdit()->text(), e.title);
        QCOMPARE(editor.reflectionPanel()->field(QStringLiteral("learned"))->toPlainText(), e.reflection.value(QStringLiteral("learned")));
        QVERIFY(editor.standardsPanel()->codeThemeBox(QStringLiteral("practise-effectively"))->isChecked());
        QCOMPARE(editor.undoStack()->count(), 0);
    }

    void templateSwitchingKeepsAnswers()
    {
        EntryEditor editor;
        editor.show();
        chooseTemplate(editor, QStringLiteral("gibbs"));
        QPlainTextEdit* feelings = editor.reflectionPanel()->field(QStringLiteral("feelings"));
        QVERIFY(feelings->isVisible());
        QVERIFY(!editor.reflectionPanel()->field(QStringLiteral("nature"))->isVisible());
        QTest::keyClicks(feelings, QStringLiteral("Anxious at first"));

        chooseTemplate(editor, QStringLiteral("driscoll"));
        QVERIFY(!feelings->isVisible());
        QTest::keyClicks(editor.reflectionPanel()->field(QStringLiteral("what")), QStringLiteral("A fall on the ward"));
        // Switching does not lose what was typed under another template.
        QCOMPARE(editor.state().reflection.value(QStringLiteral("feelings")), QStringLiteral("Anxious at first"));
        // What is saved follows the chosen template only.
        QCOMPARE(editor.entryToSave().reflection,
                 (QMap<QString, QString>{{QStringLiteral("what"), QStringLiteral("A fall on the ward")}}));

        chooseTemplate(editor, QStringLiteral("gibbs"));
        QVERIFY(feelings->isVisible());
        QCOMPARE(feelings->toPlainText(), QStringLiteral("Anxious at first"));
        QCOMPARE(editor.entryToSave().templateId, QStringLiteral("gibbs"));
        QCOMPARE(editor.entryToSave().reflection.value(QStringLiteral("feelings")), QStringLiteral("Anxious at first"));
        QVERIFY(!editor.entryToSave().reflection.contains(QStringLiteral("what")));
    }

    void undoAndRedoCoverTheWholeEditor()
    {
        EntryEditor editor;
        editor.show();
        QUndoStack* undo = editor.undoStack();
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("Sepsis"));
        QCOMPARE(undo->count(), 1); // typing in one field is one step
        QTest::keyClicks(editor.reflectionPanel()->field(QStringLiteral("nature")), QStringLiteral("Teaching"));
        QCOMPARE(undo->count(), 2);
        editor.activityBox()->setCurrentIndex(editor.activityBox()->findData(QStringLiteral("teaching")));
        editor.hoursPanel()->hoursBox()->setValue(2);
        QCOMPARE(undo->count(), 4);
        QVERIFY(editor.isDirty());

        undo->undo();
        QCOMPARE(editor.hoursPanel()->hours(), 0.0);
        undo->undo();
        QCOMPARE(editor.activityBox()->currentData().toString(), QStringLiteral("course"));
        undo->undo();
        QCOMPARE(editor.reflectionPanel()->field(QStringLiteral("nature"))->toPlainText(), QString());
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("Sepsis"));
        undo->undo();
        QCOMPARE(editor.titleEdit()->text(), QString());
        QVERIFY(!editor.isDirty());

        undo->redo();
        undo->redo();
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("Sepsis"));
        QCOMPARE(editor.reflectionPanel()->field(QStringLiteral("nature"))->toPlainText(), QStringLiteral("Teaching"));
        undo->redo();
        undo->redo();
        QCOMPARE(editor.hoursPanel()->hours(), 2.0);
        QCOMPARE(editor.state().activity, QStringLiteral("teaching"));

        // A new change after undo drops the redo branch.
        undo->undo();
        editor.statusBox()->setCurrentIndex(editor.statusBox()->findData(QStringLiteral("final")));
        QVERIFY(!undo->canRedo());
    }

    void ctrlZInATextFieldUsesTheEditorsStack()
    {
        EntryEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        // With no window-wide action bound here, the field must not swallow Ctrl+Z itself.
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("abc"));
        QKeyEvent override(QEvent::ShortcutOverride, Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::sendEvent(editor.titleEdit(), &override);
        QVERIFY(!override.isAccepted());
    }

    void hoursPanelKeepsParticipatoryWithinHoursAndCreditsFollowHours()
    {
        EntryEditor editor;
        HoursPanel* hours = editor.hoursPanel();
        hours->hoursBox()->setValue(3);
        hours->participatoryBox()->setValue(5);
        QCOMPARE(hours->participatoryHours(), 3.0);
        QVERIFY(!hours->credits().has_value());
        QCOMPARE(hours->creditsBox()->value(), 3.0);
        QVERIFY(!hours->creditsBox()->isEnabled());
        hours->creditsFollowHoursBox()->setChecked(false);
        hours->creditsBox()->setValue(1.5);
        QCOMPARE(editor.state().credits, std::optional<double>(1.5));
        hours->hoursBox()->setValue(1);
        QCOMPARE(hours->participatoryHours(), 1.0);
    }

    void feedbackFieldsShowOnlyForFeedback()
    {
        EntryEditor editor;
        editor.show();
        QVERIFY(!editor.feedbackSourceBox()->isVisible());
        editor.activityBox()->setCurrentIndex(editor.activityBox()->findData(QStringLiteral("feedback")));
        QVERIFY(editor.feedbackSourceBox()->isVisible());
        editor.feedbackSourceBox()->setCurrentIndex(editor.feedbackSourceBox()->findData(QStringLiteral("patient")));
        QCOMPARE(editor.state().feedbackSource, QStringLiteral("patient"));
        editor.activityBox()->setCurrentIndex(editor.activityBox()->findData(QStringLiteral("course")));
        QCOMPARE(editor.state().feedbackSource, QString());
    }

    void tagsLinksAndTopicsRoundTrip()
    {
        EntryEditor editor;
        editor.show();
        QTest::keyClicks(editor.tagsEdit(), QStringLiteral("asthma,  respiratory , "));
        QCOMPARE(editor.state().tags, (QStringList{QStringLiteral("asthma"), QStringLiteral("respiratory")}));
        editor.topicPanel()->addMapping(QStringLiteral("smoking"), QStringLiteral("community"));
        QCOMPARE(editor.state().topics, (QList<TopicMapping>{{QStringLiteral("smoking"), QStringLiteral("community")}}));
        const QList<Link> links{{QStringLiteral("guideline"), QStringLiteral("https://example.org/g"), QStringLiteral("G")}};
        Entry e = editor.state();
        e.links = links;
        editor.applyState(e);
        QCOMPARE(editor.linksWidget()->links(), links);
        QCOMPARE(editor.state().links, links);
    }

    void suggestionsFollowTheReflectionAndAltAcceptsOne()
    {
        EntryEditor editor;
        editor.show();
        TopicMappingPanel* panel = editor.topicPanel();
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("Helping a patient quit"));
        QPlainTextEdit* nature = editor.reflectionPanel()->field(QStringLiteral("nature"));
        nature->setFocus();
        QTest::keyClicks(nature, QStringLiteral("Smoking cessation clinic: very brief advice, then combination "
                                                "NRT (patch and lozenge) and a referral to the stop smoking service."));
        const QString smoking = QStringLiteral("smoking-and-tobacco");
        auto indexOfSmoking = [&] {
            const auto list = panel->suggestions();
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).id == smoking)
                    return i;
            }
            return -1;
        };
        QTRY_VERIFY(indexOfSmoking() >= 0);
        const int before = editor.undoStack()->count();
        // The key works while the cursor is still in the reflection.
        QTest::keyClick(nature, Qt::Key(Qt::Key_1 + indexOfSmoking()), Qt::AltModifier);
        const QList<TopicMapping> mapped{{smoking, QStringLiteral("individual")}};
        QCOMPARE(editor.state().topics, mapped);
        QCOMPARE(editor.entryToSave().topics, mapped);
        QVERIFY(editor.isDirty());
        QCOMPARE(editor.undoStack()->count(), before + 1);
        QCOMPARE(indexOfSmoking(), -1); // no longer suggested once mapped

        // Undo and redo take the mapping away and back.
        editor.undoStack()->undo();
        QVERIFY(editor.state().topics.isEmpty());
        QVERIFY(panel->mappings().isEmpty());
        editor.undoStack()->redo();
        QCOMPARE(editor.state().topics, mapped);

        // A stored entry loads with its mappings and a clean state.
        Entry stored = editor.entryToSave();
        stored.id = QStringLiteral("6f1c1d2e-0000-4000-8000-000000000009");
        editor.markSaved(stored);
        QVERIFY(!editor.isDirty());
        QCOMPARE(panel->mappings(), mapped);
    }

    void problemsAreShownInline()
    {
        EntryEditor editor;
        editor.show();
        editor.showProblems({QStringLiteral("title is empty: give the entry a title")});
        QVERIFY(editor.problemsLabel()->isVisible());
        QVERIFY(editor.problemsLabel()->text().contains(QLatin1String("title is empty")));
        editor.showProblems({});
        QVERIFY(!editor.problemsLabel()->isVisible());
    }

    void loadingDoesNotCountAsAChange()
    {
        EntryEditor editor;
        QSignalSpy changed(&editor, &EntryEditor::changed);
        editor.loadEntry(test::TestJournal::sampleEntry());
        editor.newEntry(QDate(2026, 1, 1));
        QCOMPARE(changed.count(), 0);
        QTest::keyClicks(editor.titleEdit(), QStringLiteral("x"));
        QCOMPARE(changed.count(), 1);
    }
};

QTEST_MAIN(TestEntryEditor)
#include "tst_entryeditor.moc"
