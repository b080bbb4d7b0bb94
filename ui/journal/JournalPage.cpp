#include "journal/JournalPage.h"

#include "editor/ReflectionPanel.h"
#include "privacy/PrivacyGuard.h"

#include "common/HtmlDelegate.h"
#include "common/MessageBox.h"
#include "editor/AutosaveController.h"
#include "editor/EntryEditor.h"
#include "journal/EntryValidator.h"
#include "journal/JournalFilterBar.h"
#include "journal/JournalListModel.h"
#include "journal/SearchResultsModel.h"
#include "main/JournalSession.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cpd {
namespace {

QTableView* tableView(QWidget* parent, const QString& accessibleName)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    // Fixed row heights: the view never asks every row of a large journal for its size.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

} // namespace

JournalPage::JournalPage(JournalSession& session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_listModel = new JournalListModel(session.entries(), this);
    m_listModel->setTopicCatalogue(session.topics());
    m_searchModel = new SearchResultsModel(this);

    // Every widget is made inside its final parent: with the application's style sheet,
    // reparenting a finished widget polishes it and all its children again.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(m_splitter);
    left->setObjectName(QStringLiteral("listPane"));
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(16, 12, 8, 8);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setAccessibleName(tr("Search the journal"));
    m_search->setPlaceholderText(tr("Search titles, reflections, tags and links (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_filters = new JournalFilterBar(left);
    m_filters->setTopicCatalogue(session.topics());
    leftLayout->addWidget(m_filters);
    m_summary = new QLabel(left);
    m_summary->setObjectName(QStringLiteral("hint"));
    leftLayout->addWidget(m_summary);

    m_views = new QStackedWidget(left);
    m_listView = tableView(m_views, tr("Journal entries"));
    m_listView->setModel(m_listModel);
    auto* header = m_listView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(JournalListModel::TitleColumn, QHeaderView::Stretch);
    m_listView->setColumnWidth(JournalListModel::DateColumn, 92);
    m_listView->setColumnWidth(JournalListModel::ActivityColumn, 104);
    m_listView->setColumnWidth(JournalListModel::HoursColumn, 50);
    m_listView->setColumnWidth(JournalListModel::TopicsColumn, 92);
    m_listView->setColumnWidth(JournalListModel::StatusColumn, 58);
    m_resultsView = tableView(m_views, tr("Search results"));
    m_resultsView->setModel(m_searchModel);
    m_resultsView->setItemDelegateForColumn(SearchResultsModel::SnippetColumn,
                                            new HtmlDelegate(SearchResultsModel::SnippetHtmlRole, m_resultsView));
    m_resultsView->verticalHeader()->setDefaultSectionSize(2 * m_resultsView->fontMetrics().height() + 14);
    m_resultsView->setWordWrap(true);
    m_resultsView->setColumnWidth(SearchResultsModel::DateColumn, 96);
    m_resultsView->setColumnWidth(SearchResultsModel::TitleColumn, 220);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_views->addWidget(m_listView);
    m_views->addWidget(m_resultsView);
    leftLayout->addWidget(m_views, 1);

    m_editor = new EntryEditor(session.topics(), m_splitter);
    // "Not an identifier" is remembered in the journal, for this text, from now on.
    m_editor->reflectionPanel()->privacyGuard()->setDismissalStore(&session.dismissals());
    m_editor->setTopicFeedbackStore(&session.topicFeedback());
    m_editor->newEntry(session.clock().today());
    m_autosave = new AutosaveController(session.drafts(), m_editor, this);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({600, 500});
    m_splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_filters->fromEdit());
    setTabOrder(m_filters->statusBox(), m_filters->topicBox());
    setTabOrder(m_filters->topicBox(), m_filters->topicLevelBox());
    setTabOrder(m_filters->topicLevelBox(), m_listView);
    setTabOrder(m_listView, m_resultsView);
    setTabOrder(m_resultsView, m_editor->titleEdit());

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &JournalPage::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &JournalPage::runSearch);
    connect(m_filters, &JournalFilterBar::filterChanged, this, &JournalPage::applyFilter);
    connect(m_listModel, &JournalListModel::errorOccurred, this, &JournalPage::errorOccurred);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    onCurrentChanged(m_listModel->idAt(current.row()));
            });
    connect(m_resultsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    onCurrentChanged(m_searchModel->idAt(current.row()));
            });
    connect(m_editor, &EntryEditor::saveRequested, this, [this] { save(); });
    connect(m_editor, &EntryEditor::discardRequested, this, &JournalPage::discard);
    connect(m_autosave, &AutosaveController::draftSaved, this, [this] {
        emit statusMessage(tr("Draft autosaved at %1")
                               .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    });
    connect(m_autosave, &AutosaveController::errorOccurred, this, &JournalPage::errorOccurred);

    // Delete in the list moves the entry to the trash; in the editor it stays a text key.
    for (QTableView* view : {m_listView, m_resultsView}) {
        auto* del = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(del, &QShortcut::activated, this, &JournalPage::moveSelectedToTrash);
    }

    refreshTags();
    updateSummary();
}

void JournalPage::refreshTags()
{
    auto tags = m_session.entries().allTags();
    if (!tags)
        return emit errorOccurred(tags.error().message);
    m_filters->setTags(*tags);
    m_editor->setTagCompletions(*tags);
}

bool JournalPage::isShowingResults() const
{
    return m_views->currentWidget() == m_resultsView;
}

void JournalPage::updateSummary()
{
    if (isShowingResults()) {
        const int n = m_searchModel->rowCount();
        if (n == 0)
            m_summary->setText(tr("Nothing matches “%1”.").arg(m_search->text().trimmed()));
        else
            m_summary->setText(tr("%Ln matches, best first", nullptr, n));
    } else {
        const int n = m_listModel->rowCount();
        const QString count = tr("%Ln entries", nullptr, n);
        m_summary->setText(m_listModel->filter() == EntryFilter{} ? tr("%1, newest first").arg(count)
                                                                   : tr("%1 match the filters").arg(count));
    }
}

void JournalPage::runSearch()
{
    m_searchDelay.stop();
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_searchModel->setHits({});
        m_views->setCurrentWidget(m_listView);
        selectId(m_editor->entryId());
        updateSummary();
        return;
    }
    auto hits = m_session.search().search(text, kSearchLimit, m_filters->filter());
    if (!hits)
        return emit errorOccurred(hits.error().message);
    m_selecting = true;
    m_searchModel->setHits(*hits);
    m_selecting = false;
    m_views->setCurrentWidget(m_resultsView);
    updateSummary();
}

void JournalPage::applyFilter()
{
    m_listModel->setFilter(m_filters->filter());
    if (!m_search->text().trimmed().isEmpty())
        runSearch();
    selectId(m_editor->entryId());
    updateSummary();
}

void JournalPage::reload()
{
    m_listModel->refresh();
    if (isShowingResults())
        runSearch();
    refreshTags();
    selectId(m_editor->entryId());
    updateSummary();
}

void JournalPage::selectId(const QString& id)
{
    m_selecting = true;
    QTableView* view = isShowingResults() ? m_resultsView : m_listView;
    int row = -1;
    if (!id.isEmpty()) {
        if (isShowingResults()) {
            for (int i = 0; i < m_searchModel->rowCount(); ++i) {
                if (m_searchModel->idAt(i) == id)
                    row = i;
            }
        } else {
            row = m_listModel->rowOf(id);
        }
    }
    if (row >= 0) {
        const QModelIndex index = view->model()->index(row, 0);
        view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(index);
    } else {
        view->selectionModel()->clear();
    }
    m_selecting = false;
}

QString JournalPage::selectedId() const
{
    const QTableView* view = isShowingResults() ? m_resultsView : m_listView;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return isShowingResults() ? m_searchModel->idAt(rows.first().row()) : m_listModel->idAt(rows.first().row());
}

void JournalPage::onCurrentChanged(const QString& id)
{
    if (m_selecting || id.isEmpty() || id == m_editor->entryId())
        return;
    if (!openEntry(id))
        selectId(m_editor->entryId()); // the person chose to stay
}

bool JournalPage::confirmLeave()
{
    if (!m_editor->isDirty())
        return true;
    const QString title = m_editor->state().title.trimmed();
    const auto answer = MessageBox::question(
        this, tr("Unsaved changes"),
        title.isEmpty() ? tr("Save the changes to this entry?") : tr("Save the changes to “%1”?").arg(title),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        m_autosave->clear();
        return true;
    }
    return false;
}

bool JournalPage::openEntry(const QString& id)
{
    if (!confirmLeave())
        return false;
    auto entry = m_session.entries().get(id);
    if (!entry) {
        emit errorOccurred(entry.error().message);
        return false;
    }
    m_editor->loadEntry(*entry);
    selectId(id);
    return true;
}

bool JournalPage::newEntry()
{
    if (!confirmLeave())
        return false;
    m_editor->newEntry(m_session.clock().today());
    selectId({});
    m_editor->focusTitle();
    return true;
}

bool JournalPage::save()
{
    Entry entry = m_editor->entryToSave();
    EntryValidator::normalise(entry);
    const QStringList problems = EntryValidator::problems(entry);
    if (!problems.isEmpty()) {
        m_editor->showProblems(problems);
        return false;
    }
    const bool isNew = entry.id.isEmpty();
    auto stored = isNew ? m_session.entries().add(entry) : m_session.entries().update(entry);
    if (!stored) {
        m_editor->showProblems({stored.error().message});
        return false;
    }
    m_editor->markSaved(*stored);
    m_autosave->clear();
    reload();
    emit journalChanged();
    emit statusMessage(isNew ? tr("Added “%1” to the journal.").arg(stored->title)
                             : tr("Saved “%1”.").arg(stored->title));
    return true;
}

void JournalPage::discard()
{
    const QString id = m_editor->entryId();
    m_autosave->clear();
    if (id.isEmpty()) {
        m_editor->newEntry(m_session.clock().today());
        return;
    }
    auto entry = m_session.entries().get(id);
    if (!entry)
        return emit errorOccurred(entry.error().message);
    m_editor->loadEntry(*entry);
}

void JournalPage::restoreDraft(const DraftStore::Draft& draft)
{
    Entry base;
    base.date = draft.entry.date;
    base.activity = draft.entry.activity;
    base.templateId = draft.entry.templateId;
    if (!draft.entryId.isEmpty()) {
        if (auto stored = m_session.entries().get(draft.entryId))
            base = *stored;
    }
    Entry shown = draft.entry;
    shown.id = base.id;
    m_editor->restoreDraft(shown, base);
    m_autosave->setKey(draft.key);
    selectId(base.id);
}

bool JournalPage::moveSelectedToTrash()
{
    QString id = selectedId();
    if (id.isEmpty())
        id = m_editor->entryId();
    if (id.isEmpty())
        return false;
    auto entry = m_session.entries().get(id);
    if (!entry) {
        emit errorOccurred(entry.error().message);
        return false;
    }
    if (auto ok = m_session.entries().moveToTrash(id); !ok) {
        emit errorOccurred(ok.error().message);
        return false;
    }
    if (m_editor->entryId() == id) {
        m_autosave->clear();
        m_editor->newEntry(m_session.clock().today());
    }
    reload();
    emit journalChanged();
    emit entryTrashed(id, entry->title);
    return true;
}

void JournalPage::showFiltered(const EntryFilter& filter)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchDelay.stop();
    m_searchModel->setHits({});
    m_views->setCurrentWidget(m_listView);
    m_filters->setFilter(filter); // applies it
    applyFilter(); // in case it was the filter already shown
}

void JournalPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace cpd
