#pragma once

#include "util/Result.h"

#include <QHash>
#include <QMainWindow>

#include <functional>

#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QUndoGroup;

namespace cpd {

class Clock;
class Database;
class JournalPage;
class JournalSession;
class RevalidationDashboard;
class SpellCheckController;
class TopicsPage;
class TrashPage;
class WelcomePage;

// The window: a navigation list of areas on the left (Journal, Trash, Topics, Revalidation, and
// whatever later work adds through addArea), menus, a toolbar and a status bar. Each area is its
// own widget class. Every window (the journal's, the sample journal's) installs the same areas
// here, in its constructor.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds an area to the navigation; the window takes ownership of page.
    void addArea(const QString& id, const QString& title, const QIcon& icon, QWidget* page);
    // Adds an area whose page is made by make() the first time it is shown or asked for, so
    // start-up builds only what the first painted window shows.
    void addArea(const QString& id, const QString& title, const QIcon& icon, std::function<QWidget*()> make);
    void showArea(const QString& id);
    QString currentArea() const;
    QStringList areas() const { return m_areaOrder; }
    // The area's page, made now if it was not yet; nullptr for an unknown id.
    QWidget* area(const QString& id);
    // The page only if it has been made already (for refreshing what exists).
    QWidget* areaIfMade(const QString& id) const { return m_areas.value(id); }
    // The parent a maker should make its page in: under the application's style sheet, a page
    // made parentless and then put in place is polished twice.
    QWidget* areaParent() const;

    JournalSession& session() { return *m_session; }
    // The journal page, made now if it was not yet.
    JournalPage* journalPage();
    TrashPage* trashPage();
    TopicsPage* topicsPage();
    RevalidationDashboard* revalidation();
    WelcomePage* welcomePage();
    bool isShowingWelcome();
    // Shows the entry in the journal's editor.
    void openEntry(const QString& id);
    // The entry selected in the journal's list; empty when none is or the page was never made.
    QString selectedEntryId() const;
    // Something changed entries behind the journal page's back (the trash, evidence): the list
    // reloads and journalChanged() tells every area.
    void notifyJournalChanged();

    // Offers back drafts that a crash left behind (done once when the window is first shown).
    void offerDrafts();
    // Opens the separate sample journal in a window of its own.
    MainWindow* openSampleJournal();

    QAction* newEntryAction() const { return m_newEntry; }
    QAction* saveAction() const { return m_save; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* findAction() const { return m_find; }
    QAction* trashAction() const { return m_moveToTrash; }
    QAction* spellCheckAction() const { return m_spellCheck; }
    QPushButton* undoTrashButton() const { return m_undoTrash; }

signals:
    void sampleJournalOpened(MainWindow* window);
    // Entries were added, changed, trashed or restored: areas showing them refresh.
    void journalChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void installAreas();
    QWidget* makeJournalArea();
    bool showsWelcome(const Result<int>& liveEntries) const;
    void connectSpelling(SpellCheckController* spelling);
    static void tabBetweenControls(QWidget* page);
    void refreshMadeAreas();
    void createActions();
    void createMenus();
    void updateWelcome();
    void showJournalEditor();
    void updateTitle(bool dirty);
    void showError(const QString& message);
    void showStatus(const QString& message);
    void onEntryTrashed(const QString& id, const QString& title);

    std::unique_ptr<JournalSession> m_session;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    QHash<QString, QWidget*> m_areas;
    QHash<QString, std::function<QWidget*()>> m_makers;
    QStringList m_areaOrder;

    QUndoGroup* m_undoGroup = nullptr;
    QStackedWidget* m_journalArea = nullptr; // the Journal area, once made: the welcome or the journal page
    WelcomePage* m_welcome = nullptr;
    JournalPage* m_journal = nullptr;
    QLabel* m_journalLabel;
    QPushButton* m_undoTrash;
    QString m_lastTrashedId;
    bool m_draftsOffered = false;

    QAction* m_newEntry = nullptr;
    QAction* m_save = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_moveToTrash = nullptr;
    QAction* m_openSample = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_spellCheck = nullptr;
};

} // namespace cpd
