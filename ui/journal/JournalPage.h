#pragma once

#include "journal/DraftStore.h"
#include "journal/EntryFilter.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace cpd {

class AutosaveController;
class EntryEditor;
class JournalFilterBar;
class JournalListModel;
class JournalSession;
class SearchResultsModel;

// The journal: search and filters above the list (or the search results), the editor beside it.
class JournalPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;
    static constexpr int kSearchLimit = 200;

    explicit JournalPage(JournalSession& session, QWidget* parent = nullptr);

    // Starts a blank entry (after asking about unsaved changes). False when the person cancelled.
    bool newEntry();
    // Validates and stores the editor's entry; problems are shown in the editor.
    bool save();
    // Discards the editor's unsaved changes and shows the stored entry again.
    void discard();
    // Shows the stored entry id in the editor (after asking about unsaved changes).
    bool openEntry(const QString& id);
    void restoreDraft(const DraftStore::Draft& draft);
    // Moves the selected entry (or the one being edited) to the trash.
    bool moveSelectedToTrash();
    void focusSearch();
    // Shows the list narrowed to exactly filter (search cleared), as the Topics area asks.
    void showFiltered(const EntryFilter& filter);
    // Re-reads the journal after a change made elsewhere (trash page, another window).
    void reload();
    // Asks about unsaved changes: true when it is fine to move on.
    bool confirmLeave();
    QString selectedId() const;

    EntryEditor* editor() const { return m_editor; }
    AutosaveController* autosave() const { return m_autosave; }
    JournalListModel* listModel() const { return m_listModel; }
    SearchResultsModel* searchModel() const { return m_searchModel; }
    JournalFilterBar* filterBar() const { return m_filters; }
    QLineEdit* searchField() const { return m_search; }
    QTableView* listView() const { return m_listView; }
    QTableView* resultsView() const { return m_resultsView; }
    bool isShowingResults() const;

signals:
    void journalChanged();
    void entryTrashed(const QString& id, const QString& title);
    void statusMessage(const QString& message);
    void errorOccurred(const QString& message);

private:
    void runSearch();
    void applyFilter();
    void onCurrentChanged(const QString& id);
    void selectId(const QString& id);
    void updateSummary();
    void refreshTags();

    JournalSession& m_session;
    JournalListModel* m_listModel;
    SearchResultsModel* m_searchModel;
    QLineEdit* m_search;
    JournalFilterBar* m_filters;
    QLabel* m_summary;
    QStackedWidget* m_views;
    QTableView* m_listView;
    QTableView* m_resultsView;
    QSplitter* m_splitter;
    EntryEditor* m_editor;
    AutosaveController* m_autosave;
    QTimer m_searchDelay;
    bool m_selecting = false;
};

} // namespace cpd
