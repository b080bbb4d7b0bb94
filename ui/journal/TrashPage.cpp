#include "journal/TrashPage.h"

#include "common/MessageBox.h"
#include "journal/JournalListModel.h"
#include "main/JournalSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace cpd {

TrashPage::TrashPage(JournalSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new JournalListModel(session.entries(), this);
    EntryFilter trash;
    trash.place = EntryFilter::Place::Trash;
    m_model->setFilter(trash);

    auto* heading = new QLabel(tr("Trash"), this);
    heading->setObjectName(QStringLiteral("heading"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setAccessibleName(tr("Entries in the trash"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setSectionResizeMode(JournalListModel::TitleColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_restore = new QPushButton(tr("&Restore"), this);
    m_restore->setAccessibleName(tr("Restore the selected entry to the journal"));
    m_purge = new QPushButton(tr("&Delete for good…"), this);
    m_purge->setAccessibleName(tr("Delete the selected entry for good"));
    m_empty = new QPushButton(tr("&Empty trash…"), this);
    m_empty->setAccessibleName(tr("Empty the trash"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    buttons->addWidget(m_empty);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashPage::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashPage::emptyTrash);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashPage::updateButtons);
    connect(m_model, &JournalListModel::errorOccurred, this, &TrashPage::errorOccurred);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &TrashPage::purgeSelected);
    updateButtons();
}

void TrashPage::reload()
{
    m_model->refresh();
    updateButtons();
}

QString TrashPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->idAt(rows.first().row());
}

void TrashPage::updateButtons()
{
    const int n = m_model->rowCount();
    m_summary->setText(n == 0 ? tr("The trash is empty. Entries you delete wait here until you restore them "
                                   "or delete them for good.")
                              : tr("%1 in the trash. Restore an entry to put it back in the journal.")
                                    .arg(tr("%Ln entries", nullptr, n)));
    const bool selected = !selectedId().isEmpty();
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
    m_empty->setEnabled(n > 0);
}

bool TrashPage::restoreSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    if (auto ok = m_session.entries().restore(id); !ok) {
        emit errorOccurred(ok.error().message);
        return false;
    }
    reload();
    emit journalChanged();
    emit statusMessage(tr("Restored the entry to the journal."));
    return true;
}

bool TrashPage::purgeSelected()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return false;
    const QString title = m_model->index(m_view->currentIndex().row(), JournalListModel::TitleColumn).data().toString();
    if (MessageBox::question(this, tr("Delete for good"),
                             tr("Delete “%1” for good? This cannot be undone.").arg(title),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    if (auto ok = m_session.entries().purge(id); !ok) {
        emit errorOccurred(ok.error().message);
        return false;
    }
    reload();
    emit journalChanged();
    emit statusMessage(tr("Deleted “%1” for good.").arg(title));
    return true;
}

bool TrashPage::emptyTrash()
{
    const int n = m_model->rowCount();
    if (n == 0)
        return false;
    if (MessageBox::question(this, tr("Empty trash"),
                             tr("Delete all %Ln entries in the trash for good? This cannot be undone.", nullptr, n),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return false;
    auto purged = m_session.entries().emptyTrash();
    if (!purged) {
        emit errorOccurred(purged.error().message);
        return false;
    }
    reload();
    emit journalChanged();
    emit statusMessage(tr("Emptied the trash."));
    return true;
}

} // namespace cpd
