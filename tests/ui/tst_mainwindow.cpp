#include "TestJournal.h"

#include "common/MessageBox.h"
#include "editor/AutosaveController.h"
#include "editor/EntryEditor.h"
#include "editor/ReflectionPanel.h"
#include "journal/DraftStore.h"
#include "journal/EntryRepository.h"
#include "journal/JournalListModel.h"
#include "journal/JournalPage.h"
#include "journal/SearchResultsModel.h"
#include "journal/TrashPage.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "main/WelcomePage.h"
#include "journal/JournalFilterBar.h"
#include "storage/JournalLocation.h"
#include "topics/TopicMappingPanel.h"
#include "topics/TopicsPage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cpd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<MainWindow> openWindow(test::TestJournal& j)
    {
        auto db = Database::open(j.path);
        if (!db)
            qFatal("cannot open %s", qPrintable(db.error().message));
        auto window = std::make_unique<MainWindow>(std::move(*db), j.clock);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
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
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        MessageBox::setAnswerAll(QMessageBox::NoButton);
    }

    void emptyJournalShowsTheWelcomePage()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        QVERIFY(window->isShowingWelcome());
        QVERIFY(window->welcomePage()->isVisible());
        // Every window installs its areas itself, in this order (others, such as Evidence, may sit between).
        const QStringList areas = window->areas();
        qsizetype last = -1;
        for (const char* id : {"journal", "trash", "topics", "revalidation"}) {
            const qsizetype at = areas.indexOf(QString::fromLatin1(id));
            QVERIFY2(at > last, id);
            last = at;
        }
        QTest::mouseClick(window->welcomePage()->writeButton(), Qt::LeftButton);
        QVERIFY(!window->isShowingWelcome());
        QVERIFY(window->journalPage()->editor()->isVisible());
        QCOMPARE(QApplication::focusWidget(), window->journalPage()->editor()->titleEdit());
    }

    void aJournalWithEntriesOpensOnTheList()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.add(test::TestJournal::sampleEntry()).has_value());
        auto window = openWindow(j);
        QVERIFY(!window->isShowingWelcome());
        QCOMPARE(window->journalPage()->listModel()->rowCount(), 1);
    }

    void typeSaveSearchAndFind()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        EntryEditor* editor = page->editor();
        QVERIFY(editor->isVisible());
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Recognising sepsis in care homes"));
        QTest::keyClicks(editor->reflectionPanel()->field(QStringLiteral("nature")),
                         QStringLiteral("A webinar on the NEWS2 score and soft signs of deterioration."));
        QTest::keyClicks(editor->reflectionPanel()->field(QStringLiteral("learned")),
                         QStringLiteral("Relatives often notice the first change in behaviour."));
        QVERIFY(editor->isDirty());
        QVERIFY(window->isWindowModified());

        editor->titleEdit()->setFocus();
        QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!editor->problemsLabel()->isVisible(), qPrintable(editor->problemsLabel()->text()));
        QVERIFY(!editor->isDirty());
        QVERIFY(!editor->entryId().isEmpty());
        EntryRepository repo(window->session().database(), j.clock);
        const auto stored = repo.get(editor->entryId());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->title, QStringLiteral("Recognising sepsis in care homes"));
        QCOMPARE(stored->reflection.value(QStringLiteral("learned")),
                 QStringLiteral("Relatives often notice the first change in behaviour."));
        QCOMPARE(page->listModel()->rowCount(), 1);
        QCOMPARE(window->session().drafts().all()->size(), 0);

        // Ctrl+F, then results as you type.
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), page->searchField());
        QTest::keyClicks(page->searchField(), QStringLiteral("relatives"));
        QTRY_VERIFY(page->isShowingResults());
        QCOMPARE(page->searchModel()->rowCount(), 1);
        QCOMPARE(page->searchModel()->idAt(0), stored->id);
        const QString html = page->searchModel()->index(0, SearchResultsModel::SnippetColumn)
                                 .data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QLatin1String("<b>Relatives</b>")), qPrintable(html));
        QVERIFY(page->resultsView()->isVisible());

        // Nothing for a word that is not there; clearing the field returns to the list.
        page->searchField()->clear();
        QTest::keyClicks(page->searchField(), QStringLiteral("fracture"));
        QTRY_COMPARE(page->searchModel()->rowCount(), 0);
        page->searchField()->clear();
        QTRY_VERIFY(!page->isShowingResults());
    }

    void invalidEntriesShowProblemsInsteadOfSaving()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        window->newEntryAction()->trigger();
        EntryEditor* editor = window->journalPage()->editor();
        QTest::keyClicks(editor->reflectionPanel()->field(QStringLiteral("nature")), QStringLiteral("No title yet"));
        window->saveAction()->trigger();
        QVERIFY(editor->problemsLabel()->isVisible());
        QVERIFY(editor->problemsLabel()->text().contains(QLatin1String("title")));
        QVERIFY(editor->entryId().isEmpty());
        EntryRepository repo(window->session().database(), j.clock);
        QCOMPARE(*repo.count(), 0);
    }

    void undoAndRedoAreWiredToTheEditMenu()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        window->newEntryAction()->trigger();
        EntryEditor* editor = window->journalPage()->editor();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Handover"));
        QVERIFY(window->undoAction()->isEnabled());
        QTest::keyClick(editor->titleEdit(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(editor->titleEdit()->text(), QString());
        QVERIFY(window->redoAction()->isEnabled());
        QTest::keyClick(editor->titleEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(editor->titleEdit()->text(), QStringLiteral("Handover"));
    }

    void switchingEntriesAsksAboutUnsavedChanges()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        const auto a = repo.add(test::TestJournal::sampleEntry(QStringLiteral("First")));
        Entry second = test::TestJournal::sampleEntry(QStringLiteral("Second"));
        second.date = QDate(2026, 3, 1);
        const auto b = repo.add(second);
        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QVERIFY(page->openEntry(a->id));
        QTest::keyClicks(page->editor()->titleEdit(), QStringLiteral(" changed"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!page->openEntry(b->id));
        QCOMPARE(page->editor()->entryId(), a->id);
        MessageBox::setNextAnswer(QMessageBox::Save);
        QVERIFY(page->openEntry(b->id));
        QCOMPARE(page->editor()->entryId(), b->id);
        QCOMPARE(repo.get(a->id)->title, QStringLiteral("First changed"));
    }

    void autosavedDraftIsOfferedBackAfterACrash()
    {
        test::TestJournal j;
        {
            auto window = openWindow(j);
            window->newEntryAction()->trigger();
            EntryEditor* editor = window->journalPage()->editor();
            QTest::keyClicks(editor->titleEdit(), QStringLiteral("Night shift debrief"));
            QTest::keyClicks(editor->reflectionPanel()->field(QStringLiteral("nature")),
                             QStringLiteral("A difficult night with two deteriorating patients."));
            DraftStore& drafts = window->session().drafts();
            QCOMPARE(drafts.all()->size(), 0); // not yet: the debounce is still running
            QTRY_COMPARE_WITH_TIMEOUT(drafts.all()->size(), 1, AutosaveController::kQuietMs + 3000);
            QCOMPARE(drafts.all()->first().entry.title, QStringLiteral("Night shift debrief"));
            // The window goes away without being closed, as in a crash: nothing is asked or saved.
        }
        MessageBox::setNextAnswer(QMessageBox::Yes);
        auto window = openWindow(j);
        EntryEditor* editor = window->journalPage()->editor();
        QTRY_COMPARE(editor->titleEdit()->text(), QStringLiteral("Night shift debrief"));
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Night shift debrief")));
        QCOMPARE(editor->reflectionPanel()->field(QStringLiteral("nature"))->toPlainText(),
                 QStringLiteral("A difficult night with two deteriorating patients."));
        QVERIFY(editor->isDirty());
        QVERIFY(!window->isShowingWelcome());
        window->saveAction()->trigger();
        QVERIFY(!editor->isDirty());
        QCOMPARE(window->session().drafts().all()->size(), 0);
        QCOMPARE(*window->session().entries().count(), 1);
    }

    void discardingAnOfferedDraftRemovesIt()
    {
        test::TestJournal j;
        DraftStore drafts(*j.db, j.clock);
        Entry draft;
        draft.title = QStringLiteral("Half written");
        QVERIFY(drafts.save(QStringLiteral("k1"), QString(), draft).has_value());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        auto window = openWindow(j);
        QTRY_COMPARE(window->session().drafts().all()->size(), 0);
        QCOMPARE(window->journalPage()->editor()->titleEdit()->text(), QString());
    }

    void trashRestoreAndPurgeThroughTheWindow()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        const auto keep = repo.add(test::TestJournal::sampleEntry(QStringLiteral("Keep me")));
        Entry older = test::TestJournal::sampleEntry(QStringLiteral("Bin me"));
        older.date = QDate(2025, 1, 1);
        const auto bin = repo.add(older);
        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QCOMPARE(page->listModel()->rowCount(), 2);

        // Delete in the list moves the selected entry to the trash, and the status bar can undo it.
        page->listView()->setFocus();
        page->listView()->selectRow(1);
        QCOMPARE(page->editor()->entryId(), bin->id);
        QTest::keyClick(page->listView(), Qt::Key_Delete);
        QCOMPARE(page->listModel()->rowCount(), 1);
        QCOMPARE(window->trashPage()->model()->rowCount(), 1);
        QVERIFY(window->undoTrashButton()->isVisible());
        QTest::mouseClick(window->undoTrashButton(), Qt::LeftButton);
        QCOMPARE(page->listModel()->rowCount(), 2);
        QCOMPARE(window->trashPage()->model()->rowCount(), 0);

        page->listView()->selectRow(1);
        QVERIFY(page->moveSelectedToTrash());
        window->showArea(QStringLiteral("trash"));
        TrashPage* trash = window->trashPage();
        QVERIFY(trash->isVisible());
        QVERIFY(!trash->restoreButton()->isEnabled());
        trash->view()->selectRow(0);
        QVERIFY(trash->restoreButton()->isEnabled());
        QTest::mouseClick(trash->restoreButton(), Qt::LeftButton);
        QCOMPARE(trash->model()->rowCount(), 0);
        QCOMPARE(page->listModel()->rowCount(), 2);
        QVERIFY(repo.get(bin->id)->id == bin->id);

        QVERIFY(repo.moveToTrash(bin->id).has_value());
        trash->reload();
        trash->view()->selectRow(0);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(trash->purgeButton(), Qt::LeftButton);
        QCOMPARE(trash->model()->rowCount(), 1); // the person changed their mind
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(trash->purgeButton(), Qt::LeftButton);
        QCOMPARE(trash->model()->rowCount(), 0);
        QVERIFY(!repo.get(bin->id).has_value());

        QVERIFY(repo.moveToTrash(keep->id).has_value());
        trash->reload();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(trash->emptyButton(), Qt::LeftButton);
        QCOMPARE(trash->model()->rowCount(), 0);
        QCOMPARE(*repo.count(), 0);
    }

    void filtersNarrowTheList()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.add(test::TestJournal::sampleEntry(QStringLiteral("A course"))).has_value());
        Entry reading = test::TestJournal::sampleEntry(QStringLiteral("A reading"));
        reading.activity = QStringLiteral("reading");
        reading.tags = {QStringLiteral("diabetes")};
        QVERIFY(repo.add(reading).has_value());
        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QCOMPARE(page->listModel()->rowCount(), 2);
        QComboBox* tag = nullptr;
        const auto boxes = page->findChildren<QComboBox*>();
        for (QComboBox* b : boxes) {
            if (b->accessibleName() == QLatin1String("Tag filter"))
                tag = b;
        }
        QVERIFY(tag);
        tag->setCurrentIndex(tag->findData(QStringLiteral("diabetes")));
        QCOMPARE(page->listModel()->rowCount(), 1);
        QCOMPARE(page->listModel()->index(0, JournalListModel::TitleColumn).data().toString(), QStringLiteral("A reading"));
        tag->setCurrentIndex(0);
        QCOMPARE(page->listModel()->rowCount(), 2);
    }

    void sampleJournalOpensSeparately()
    {
        test::TestJournal j;
        QFile::remove(JournalLocation::samplePath());
        auto window = openWindow(j);
        QVERIFY(window->isShowingWelcome());
        MainWindow* sample = window->openSampleJournal();
        QVERIFY(sample);
        QVERIFY(sample != window.get());
        QVERIFY(*sample->session().entries().count() >= 150);
        QVERIFY(!sample->isShowingWelcome());
        QVERIFY(sample->windowTitle().contains(QLatin1String("Sample journal")));
        QCOMPARE(sample->areas(), window->areas()); // the same areas in every window
        QVERIFY(sample->topicsPage());
        QVERIFY(sample->revalidation());
        // Nothing from the sample reaches the real journal.
        QCOMPARE(*window->session().entries().count(), 0);
        delete sample;
        QFile::remove(JournalLocation::samplePath());
    }

    void smokingReflectionIsSuggestedAcceptedByKeyAndSaved()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        EntryEditor* editor = page->editor();
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Stop smoking clinic"));
        QPlainTextEdit* nature = editor->reflectionPanel()->field(QStringLiteral("nature"));
        nature->setFocus();
        QTest::keyClicks(nature, QStringLiteral("A man with COPD who smokes 20 a day wanted to quit. I gave very brief "
                                                "advice and started varenicline with behavioural support."));
        TopicMappingPanel* panel = editor->topicPanel();
        const QString smoking = QStringLiteral("smoking-and-tobacco");
        int at = -1;
        QTRY_VERIFY([&] {
            const auto list = panel->suggestions();
            for (int i = 0; i < list.size(); ++i) {
                if (list.at(i).id == smoking)
                    at = i;
            }
            return at >= 0;
        }());
        QTest::keyClick(nature, Qt::Key(Qt::Key_1 + at), Qt::AltModifier);
        QCOMPARE(editor->state().topics, (QList<TopicMapping>{{smoking, QStringLiteral("individual")}}));
        // The accepted suggestion is remembered for later suggestions.
        QCOMPARE(window->session().topicFeedback().load()->topics.value(smoking).accepted, 1);

        QTest::keyClick(editor->titleEdit(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY2(!editor->problemsLabel()->isVisible(), qPrintable(editor->problemsLabel()->text()));
        EntryRepository repo(window->session().database(), j.clock);
        const auto stored = repo.get(editor->entryId());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->topics, (QList<TopicMapping>{{smoking, QStringLiteral("individual")}}));
        // The list shows the topic's title, not its id.
        QCOMPARE(page->listModel()->index(0, JournalListModel::TopicsColumn).data().toString(),
                 QStringLiteral("Smoking and tobacco"));
    }

    void topicsAreaDrillsDownAndShowsInJournal()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry a = test::TestJournal::sampleEntry(QStringLiteral("Quit clinic"));
        a.topics = {{QStringLiteral("smoking-and-tobacco"), QStringLiteral("community")}};
        const auto storedA = repo.add(a);
        QVERIFY(storedA.has_value());
        Entry b = test::TestJournal::sampleEntry(QStringLiteral("Brief advice"));
        b.topics = {{QStringLiteral("smoking-and-tobacco"), QStringLiteral("individual")},
                    {QStringLiteral("retired-topic"), QStringLiteral("population")}};
        QVERIFY(repo.add(b).has_value());
        Entry c = test::TestJournal::sampleEntry(QStringLiteral("Alcohol units"));
        c.topics = {{QStringLiteral("alcohol"), QStringLiteral("individual")}};
        QVERIFY(repo.add(c).has_value());

        auto window = openWindow(j);
        JournalPage* page = window->journalPage();
        QCOMPARE(page->listModel()->rowCount(), 3);
        // Titles in the list; an id the catalogue lacks is kept and shown as unknown.
        QStringList topicCells;
        for (int r = 0; r < 3; ++r)
            topicCells << page->listModel()->index(r, JournalListModel::TopicsColumn).data().toString();
        QVERIFY2(topicCells.contains(QStringLiteral("Smoking and tobacco, Unknown topic (retired-topic)")),
                 qPrintable(topicCells.join(QLatin1String(" | "))));

        // The Topics area is in the navigation (and the View menu).
        QVERIFY(window->areas().contains(QStringLiteral("topics")));
        auto* nav = window->findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(nav);
        const int row = int(window->areas().indexOf(QStringLiteral("topics")));
        QCOMPARE(nav->item(row)->text(), QStringLiteral("Topics"));
        TopicsPage* topics = window->topicsPage();
        QVERIFY(topics->isStale()); // not worked out until shown
        nav->setCurrentRow(row);
        QCOMPARE(window->currentArea(), QStringLiteral("topics"));
        QVERIFY(topics->isVisible());
        QVERIFY(!topics->isStale());

        // Drill down: the entries of a topic, and one opens in the journal.
        topics->selectTopic(QStringLiteral("smoking-and-tobacco"));
        QCOMPARE(topics->entryList()->count(), 2);
        QListWidgetItem* first = nullptr;
        for (int i = 0; i < topics->entryList()->count(); ++i) {
            if (topics->entryList()->item(i)->data(Qt::UserRole).toString() == storedA->id)
                first = topics->entryList()->item(i);
        }
        QVERIFY(first);
        emit topics->entryList()->itemActivated(first);
        QCOMPARE(window->currentArea(), QStringLiteral("journal"));
        QCOMPARE(page->editor()->entryId(), storedA->id);

        // Show in journal: the list narrows to the topic at the chosen level.
        window->showArea(QStringLiteral("topics"));
        QComboBox* level = nullptr;
        const auto combos = topics->findChildren<QComboBox*>();
        for (QComboBox* box : combos) {
            if (box->accessibleName() == QLatin1String("Level of action"))
                level = box;
        }
        QVERIFY(level);
        level->setCurrentIndex(level->findData(QStringLiteral("community")));
        QPushButton* show = nullptr;
        const auto buttons = topics->findChildren<QPushButton*>();
        for (QPushButton* button : buttons) {
            if (button->accessibleName() == QLatin1String("Show these entries in the journal"))
                show = button;
        }
        QVERIFY(show);
        QTest::mouseClick(show, Qt::LeftButton);
        QCOMPARE(window->currentArea(), QStringLiteral("journal"));
        QCOMPARE(page->listModel()->rowCount(), 1);
        QCOMPARE(page->listModel()->index(0, JournalListModel::TitleColumn).data().toString(), QStringLiteral("Quit clinic"));
        QCOMPARE(page->filterBar()->topicBox()->currentData().toString(), QStringLiteral("smoking-and-tobacco"));
        QCOMPARE(page->filterBar()->topicLevelBox()->currentData().toString(), QStringLiteral("community"));
        // The bar's own topic filter narrows the list too, and Clear lifts it.
        page->filterBar()->topicLevelBox()->setCurrentIndex(0);
        QCOMPARE(page->listModel()->rowCount(), 2);
        page->filterBar()->clear();
        QCOMPARE(page->listModel()->rowCount(), 3);

        // Saving an entry marks the hidden Topics area for a fresh read.
        QVERIFY(page->openEntry(storedA->id));
        QTest::keyClicks(page->editor()->titleEdit(), QStringLiteral(" (group)"));
        QVERIFY(page->save());
        QVERIFY(topics->isStale());
    }

    void everyControlHasAnAccessibleName()
    {
        test::TestJournal j;
        auto window = openWindow(j);
        window->newEntryAction()->trigger();
        QStringList unnamed;
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)
                                 || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractButton*>(w)
                                 || qobject_cast<QAbstractItemView*>(w);
            if (!control || w->inherits("QToolButton") || w->inherits("QHeaderView")
                || w->inherits("QTableCornerButton") || w->parent()->inherits("QComboBox")
                || w->parent()->inherits("QAbstractSpinBox") || w->inherits("QCalendarWidget")
                || w->parentWidget()->inherits("QCalendarWidget") || w->window() != window.get())
                continue;
            if (w->accessibleName().isEmpty() && !(qobject_cast<QAbstractButton*>(w) && !static_cast<QAbstractButton*>(w)->text().isEmpty()))
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(':') + w->objectName();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
