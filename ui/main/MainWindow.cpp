#include "main/MainWindow.h"

#include "backup/BackUpDialog.h"
#include "backup/DailyBackup.h"
#include "backup/RestoreDialog.h"
#include "common/MessageBox.h"
#include "editor/AutosaveController.h"
#include "editor/EntryEditor.h"
#include "editor/ReflectionPanel.h"
#include "evidence/EvidenceArea.h"
#include "export/ExportDialog.h"
#include "help/HelpMenu.h"
#include "journal/JournalPage.h"
#include "journal/TrashPage.h"
#include "main/FirstPaintWatcher.h"
#include "main/JournalSession.h"
#include "main/WelcomePage.h"
#include "revalidation/RevalidationArea.h"
#include "revalidation/RevalidationDashboard.h"
#include "spelling/SpellCheckController.h"
#include "settings/SettingsDialog.h"
#include "storage/JournalLocation.h"
#include "team/TeamArea.h"
#include "secrets/KeychainSecretStore.h"
#include "topics/TopicsPage.h"
#include "util/Clock.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>

namespace cpd {

MainWindow::MainWindow(std::unique_ptr<Database> db, const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_session(std::make_unique<JournalSession>(std::move(db), clock))
{
    setObjectName(QStringLiteral("MainWindow"));
    resize(1240, 780);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Areas of the journal"));
    // As wide as about 20 characters of its font, so it grows with the system's font size.
    m_navigation->ensurePolished(); // the style sheet's font
    m_navigation->setFixedWidth(std::max(172, m_navigation->fontMetrics().averageCharWidth() * 20 + 32));
    m_navigation->setIconSize(QSize(18, 18));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Edit > Undo and Redo follow the editor's undo stack once the journal page exists.
    m_undoGroup = new QUndoGroup(this);
    connect(this, &MainWindow::journalChanged, this, [this] {
        refreshMadeAreas();
        updateWelcome();
    });
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_areaOrder.size())
            if (QWidget* page = area(m_areaOrder.at(row)))
                m_pages->setCurrentWidget(page);
    });
    createActions(); // before the areas: the Journal's, made now or later, connects to them
    installAreas();
    createMenus();

    m_journalLabel = new QLabel(this);
    m_undoTrash = new QPushButton(tr("Undo delete"), this);
    m_undoTrash->setAccessibleName(tr("Restore the entry just moved to the trash"));
    m_undoTrash->setFlat(true);
    m_undoTrash->hide();
    statusBar()->addPermanentWidget(m_undoTrash);
    statusBar()->addPermanentWidget(m_journalLabel);
    statusBar()->setSizeGripEnabled(false);

    connect(m_undoTrash, &QPushButton::clicked, this, [this] {
        if (m_lastTrashedId.isEmpty())
            return;
        if (auto ok = m_session->entries().restore(m_lastTrashedId); !ok)
            return showError(ok.error().message);
        m_lastTrashedId.clear();
        m_undoTrash->hide();
        notifyJournalChanged();
        showStatus(tr("Restored the entry from the trash."));
    });

    // The entry count in the status bar counts the whole journal (8 ms at 100,000 entries when
    // nothing is cached yet): it follows the first paint. Until then the label names the file.
    m_journalLabel->setText(QFileInfo(m_session->path()).fileName());
    connect(new FirstPaintWatcher(this), &FirstPaintWatcher::firstPaint, this, &MainWindow::updateWelcome);
    updateTitle(false);
}

MainWindow::~MainWindow() = default;

void MainWindow::installAreas()
{
    // Every area is made the first time it is shown or asked for, so start-up builds only what
    // the first painted window shows (the Journal, or Revalidation once there is a profile).
    addArea(QStringLiteral("journal"), tr("Journal"), style()->standardIcon(QStyle::SP_FileDialogDetailedView),
            [this]() -> QWidget* { return makeJournalArea(); });
    addArea(QStringLiteral("trash"), tr("Trash"), m_moveToTrash->icon(), // the same icon: made once
            [this]() -> QWidget* {
                auto* trash = new TrashPage(*m_session);
                connect(trash, &TrashPage::statusMessage, this, &MainWindow::showStatus);
                connect(trash, &TrashPage::errorOccurred, this, &MainWindow::showError);
                connect(trash, &TrashPage::journalChanged, this, &MainWindow::notifyJournalChanged);
                return trash;
            });

    addArea(QStringLiteral("topics"), tr("Topics"), style()->standardIcon(QStyle::SP_FileDialogContentsView),
            [this]() -> QWidget* {
                auto* topics = new TopicsPage(m_session->database(), m_session->clock(), m_session->topics());
                connect(topics, &TopicsPage::openEntryRequested, this, &MainWindow::openEntry);
                connect(topics, &TopicsPage::showInJournalRequested, this, [this](const EntryFilter& filter) {
                    showJournalEditor();
                    m_journal->showFiltered(filter);
                });
                return topics;
            });

    EvidenceArea::install(*this);
    TeamArea::install(*this); // the manager's dashboard and the Team menu

    // Last: it shows itself first when the journal has a revalidation profile; else the Journal.
    RevalidationArea::install(*this);
    if (currentArea().isEmpty())
        showArea(QStringLiteral("journal"));
}

QWidget* MainWindow::makeJournalArea()
{
    // Made with their parents, so the style sheet polishes each widget once (reparenting a
    // finished page polishes all of it again).
    m_journalArea = new QStackedWidget(m_pages);
    m_welcome = new WelcomePage(m_journalArea);
    m_journal = new JournalPage(*m_session, m_journalArea);
    m_journalArea->addWidget(m_welcome);
    m_journalArea->addWidget(m_journal);

    connect(m_journal, &JournalPage::statusMessage, this, &MainWindow::showStatus);
    connect(m_journal, &JournalPage::errorOccurred, this, &MainWindow::showError);
    connect(m_journal, &JournalPage::entryTrashed, this, &MainWindow::onEntryTrashed);
    connect(m_journal, &JournalPage::journalChanged, this, &MainWindow::journalChanged);
    connect(m_journal->editor(), &EntryEditor::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_welcome, &WelcomePage::writeFirstEntryRequested, this, [this] {
        showJournalEditor();
        m_journal->newEntry();
    });
    connect(m_welcome, &WelcomePage::openSampleRequested, this, &MainWindow::openSampleJournal);
    m_undoGroup->addStack(m_journal->editor()->undoStack());
    m_undoGroup->setActiveStack(m_journal->editor()->undoStack());
    connectSpelling(m_journal->editor()->reflectionPanel()->spelling());
    m_journalArea->setCurrentWidget(showsWelcome(m_session->entries().count({})) ? static_cast<QWidget*>(m_welcome) : m_journal);
    return m_journalArea;
}

JournalPage* MainWindow::journalPage()
{
    area(QStringLiteral("journal"));
    return m_journal;
}

WelcomePage* MainWindow::welcomePage()
{
    area(QStringLiteral("journal"));
    return m_welcome;
}

void MainWindow::notifyJournalChanged()
{
    if (m_journal)
        m_journal->reload();
    emit journalChanged();
}

void MainWindow::openEntry(const QString& id)
{
    showJournalEditor();
    m_journal->openEntry(id);
}

QString MainWindow::selectedEntryId() const
{
    return m_journal ? m_journal->selectedId() : QString();
}

void MainWindow::refreshMadeAreas()
{
    if (auto* trash = qobject_cast<TrashPage*>(areaIfMade(QStringLiteral("trash"))))
        trash->reload();
    if (auto* topics = qobject_cast<TopicsPage*>(areaIfMade(QStringLiteral("topics"))))
        topics->invalidate();
}

void MainWindow::tabBetweenControls(QWidget* page)
{
    // Tab moves between controls, never from cell to cell: arrow keys move within lists and tables.
    const QList<QAbstractItemView*> views = page->findChildren<QAbstractItemView*>();
    for (QAbstractItemView* view : views)
        view->setTabKeyNavigation(false);
}

void MainWindow::addArea(const QString& id, const QString& title, const QIcon& icon, QWidget* page)
{
    Q_ASSERT(!m_areas.contains(id));
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::AccessibleTextRole, title);
    m_pages->addWidget(page);
    m_areas.insert(id, page);
    tabBetweenControls(page);
    m_areaOrder << id;
}

void MainWindow::addArea(const QString& id, const QString& title, const QIcon& icon, std::function<QWidget*()> make)
{
    Q_ASSERT(!m_areas.contains(id) && !m_makers.contains(id));
    auto* item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, id);
    item->setData(Qt::AccessibleTextRole, title);
    m_makers.insert(id, std::move(make));
    m_areaOrder << id;
}

QWidget* MainWindow::areaParent() const
{
    return m_pages;
}

QWidget* MainWindow::area(const QString& id)
{
    if (QWidget* page = m_areas.value(id))
        return page;
    const std::function<QWidget*()> make = m_makers.take(id);
    if (!make)
        return nullptr;
    QWidget* page = make();
    m_pages->addWidget(page);
    m_areas.insert(id, page);
    tabBetweenControls(page); // areas made when first shown, too
    return page;
}

TrashPage* MainWindow::trashPage()
{
    return qobject_cast<TrashPage*>(area(QStringLiteral("trash")));
}

TopicsPage* MainWindow::topicsPage()
{
    return qobject_cast<TopicsPage*>(area(QStringLiteral("topics")));
}

RevalidationDashboard* MainWindow::revalidation()
{
    return qobject_cast<RevalidationDashboard*>(area(RevalidationArea::kId));
}

void MainWindow::showArea(const QString& id)
{
    const int row = int(m_areaOrder.indexOf(id));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

QString MainWindow::currentArea() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_areaOrder.value(row) : QString();
}

void MainWindow::createActions()
{
    m_newEntry = new QAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New entry"), this);
    m_newEntry->setShortcut(QKeySequence::New);
    m_newEntry->setToolTip(tr("Write a new entry (Ctrl+N)"));
    connect(m_newEntry, &QAction::triggered, this, [this] {
        showJournalEditor();
        m_journal->newEntry();
    });

    m_save = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save entry"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the entry (Ctrl+S)"));
    connect(m_save, &QAction::triggered, this, [this] {
        if (m_journal && m_journalArea->currentWidget() == m_journal)
            m_journal->save();
    });

    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_find = new QAction(tr("&Find…"), this);
    m_find->setShortcut(QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this] {
        showJournalEditor();
        m_journal->focusSearch();
    });

    // Delete itself is bound in the lists only, so it never fights a text field: here the key is
    // shown in the menu but only fires while the menu itself has focus.
    m_moveToTrash = new QAction(style()->standardIcon(QStyle::SP_TrashIcon), tr("Move to &trash"), this);
    m_moveToTrash->setShortcut(QKeySequence::Delete);
    m_moveToTrash->setShortcutContext(Qt::WidgetShortcut);
    m_moveToTrash->setToolTip(tr("Move the selected entry to the trash (Delete)"));
    connect(m_moveToTrash, &QAction::triggered, this, [this] {
        if (m_journal)
            m_journal->moveSelectedToTrash();
    });

    m_openSample = new QAction(tr("Open &sample journal"), this);
    connect(m_openSample, &QAction::triggered, this, &MainWindow::openSampleJournal);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Spell checking of the reflection (F7), remembered between sessions; without a dictionary
    // the item says so and stays off. Until the journal page (and its dictionary, loaded in the
    // background) exists, the item shows and stores the choice.
    m_spellCheck = new QAction(tr("Check &spelling"), this);
    m_spellCheck->setObjectName(QStringLiteral("spellCheckAction"));
    m_spellCheck->setCheckable(true);
    m_spellCheck->setShortcut(QKeySequence(Qt::Key_F7));
    m_spellCheck->setStatusTip(tr("Underline misspelt words as you write (F7)"));
    m_spellCheck->setChecked(SpellCheckController::storedEnabled());
    connect(m_spellCheck, &QAction::triggered, this, [](bool on) { SpellCheckController::storeEnabled(on); });
}

void MainWindow::connectSpelling(SpellCheckController* spelling)
{
    const auto showAvailability = [this, spelling] {
        const bool usable = spelling->isLoading() || spelling->isAvailable();
        m_spellCheck->setText(usable ? tr("Check &spelling") : tr("Check &spelling (no dictionary)"));
        m_spellCheck->setStatusTip(usable ? tr("Underline misspelt words as you write (F7)") : spelling->unavailableReason());
        m_spellCheck->setEnabled(usable);
        m_spellCheck->setChecked(usable && SpellCheckController::storedEnabled());
        spelling->setEnabled(m_spellCheck->isChecked());
    };
    showAvailability();
    connect(spelling, &SpellCheckController::availabilityChanged, this, showAvailability);
    connect(m_spellCheck, &QAction::triggered, spelling, [spelling](bool on) { spelling->setEnabled(on); });
    connect(spelling, &SpellCheckController::errorOccurred, this, &MainWindow::showError);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newEntry);
    file->addAction(m_save);
    file->addSeparator();
    file->addAction(m_openSample);
    file->addAction(tr("&Export portfolio…"), this, [this] {
        ExportDialog dialog(m_session->database(), m_session->clock(), this);
        connect(&dialog, &ExportDialog::reviewRequested, this, [this, &dialog](const QString& id) {
            dialog.reject();
            openEntry(id);
        });
        dialog.exec();
    });
    file->addSeparator();
    QAction* backUp = file->addAction(tr("Back &Up Now…"), this, [this] {
        KeychainSecretStore secrets;
        BackUpDialog dialog(m_session->path(), m_session->clock(), &secrets, this);
        if (dialog.exec() == QDialog::Accepted)
            showStatus(tr("Backed up to %1").arg(dialog.writtenPath()));
    });
    backUp->setObjectName(QStringLiteral("backUpAction"));
    QAction* restore = file->addAction(tr("&Restore from Backup…"), this, [this] {
        KeychainSecretStore secrets;
        RestoreDialog dialog(m_session->path(), m_session->clock(), &secrets, this);
        QTimer::singleShot(0, &dialog, &RestoreDialog::loadBackups);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Every page holds the old journal open: start afresh on the restored one.
        MessageBox::information(this, tr("Restore from Backup"),
                                tr("The backup is in place. The journal it replaced is kept at %1. CPD Journal now "
                                   "restarts to open the restored journal.")
                                    .arg(dialog.keptAside()));
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QCoreApplication::quit();
    });
    restore->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_moveToTrash);
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("Se&ttings…"), this, [this] {
        QSettings stored;
        SettingsDialog dialog(stored, this);
        dialog.exec();
    });
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_areaOrder.size(); ++i) {
        const QString id = m_areaOrder.at(i);
        auto* go = view->addAction(m_navigation->item(i)->text());
        if (i < 9)
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, id] { showArea(id); });
    }

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_spellCheck);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    HelpMenu::populate(*this, help); // guide (F1), Set up again…, About

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_newEntry);
    bar->addAction(m_save);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    bar->addSeparator();
    bar->addAction(m_moveToTrash);
}

bool MainWindow::isShowingWelcome()
{
    area(QStringLiteral("journal"));
    return m_journalArea->currentWidget() == m_welcome;
}

void MainWindow::showJournalEditor()
{
    area(QStringLiteral("journal"));
    m_journalArea->setCurrentWidget(m_journal);
    showArea(QStringLiteral("journal"));
}

bool MainWindow::showsWelcome(const Result<int>& live) const
{
    // A journal with nothing in it, not even in the trash, greets the person instead of an empty
    // list (the trash is counted only then: counting a large journal twice costs start-up time).
    if (!live || *live != 0)
        return false;
    EntryFilter trashFilter;
    trashFilter.place = EntryFilter::Place::Trash;
    auto trashed = m_session->entries().count(trashFilter);
    return trashed && *trashed == 0;
}

void MainWindow::updateWelcome()
{
    const auto live = m_session->entries().count({});
    const int n = live ? *live : 0;
    if (m_journal) {
        const bool empty = showsWelcome(live);
        if (empty && !m_journal->editor()->isDirty())
            m_journalArea->setCurrentWidget(m_welcome);
        else if (!empty)
            m_journalArea->setCurrentWidget(m_journal);
    }
    const QString name = QFileInfo(m_session->path()).fileName();
    const QString count = tr("%Ln entries", nullptr, n);
    m_journalLabel->setText(tr("%1 · %2").arg(name, count));
    m_journalLabel->setToolTip(m_session->path());
}

void MainWindow::updateTitle(bool dirty)
{
    // Qt adds the application's display name ("— CPD Journal") itself.
    const QFileInfo file(m_session->path());
    const bool sample = file == QFileInfo(JournalLocation::samplePath());
    setWindowTitle((sample ? tr("Sample journal") : file.completeBaseName()) + QLatin1String("[*]"));
    setWindowModified(dirty);
}

void MainWindow::showError(const QString& message)
{
    MessageBox::warning(this, tr("CPD Journal"), message);
}

void MainWindow::showStatus(const QString& message)
{
    statusBar()->showMessage(message, 6000);
}

void MainWindow::onEntryTrashed(const QString& id, const QString& title)
{
    m_lastTrashedId = id;
    statusBar()->showMessage(tr("Moved “%1” to the trash.").arg(title), 10000);
    m_undoTrash->show();
    QTimer::singleShot(10000, m_undoTrash, [this, id] {
        if (m_lastTrashedId == id)
            m_undoTrash->hide();
    });
}

void MainWindow::offerDrafts()
{
    m_draftsOffered = true;
    auto drafts = m_session->drafts().all();
    if (!drafts)
        return showError(drafts.error().message);
    if (drafts->isEmpty())
        return;
    // The newest draft goes into the editor; any older ones are offered next time.
    const DraftStore::Draft& draft = drafts->first();
    const QString title = draft.entry.title.trimmed().isEmpty() ? tr("an untitled entry") : draft.entry.title;
    const auto answer = MessageBox::question(
        this, tr("Restore unsaved changes?"),
        tr("CPD Journal closed before your changes to %1 were saved. They were autosaved at %2.\n\n"
           "Restore them?")
            .arg(draft.entry.title.trimmed().isEmpty() ? title : QStringLiteral("“%1”").arg(title),
                 QLocale().toString(draft.saved.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        showJournalEditor();
        m_journal->restoreDraft(draft);
        showStatus(tr("Restored your unsaved changes. Save them when you are ready."));
    } else {
        if (auto ok = m_session->drafts().remove(draft.key); !ok)
            showError(ok.error().message);
    }
}

MainWindow* MainWindow::openSampleJournal()
{
    if (QFileInfo(m_session->path()) == QFileInfo(JournalLocation::samplePath())) {
        showJournalEditor();
        return this;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = JournalSession::openSampleJournal(m_session->clock());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        showError(tr("The sample journal could not be opened: %1").arg(opened.error().message));
        return nullptr;
    }
    auto* window = new MainWindow(std::move(*opened), m_session->clock());
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    emit sampleJournalOpened(window);
    return window;
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_draftsOffered) {
        m_draftsOffered = true;
        QTimer::singleShot(0, this, &MainWindow::offerDrafts);
        if (m_session->path() != QFileInfo(JournalLocation::samplePath()).absoluteFilePath()) {
            auto* daily = new DailyBackup(m_session->path(), m_session->clock(), this);
            connect(daily, &DailyBackup::done, this, [this](const QString& message) {
                if (!message.isEmpty())
                    showStatus(message);
            });
            daily->start();
        }
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_journal && !m_journal->confirmLeave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace cpd
