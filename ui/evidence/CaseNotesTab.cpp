#include "evidence/CaseNotesTab.h"

#include "common/MessageBox.h"
#include "evidence/CaseNoteDialog.h"
#include "evidence/CaseNoteModel.h"
#include "evidence/CaseNoteRepository.h"
#include "evidence/EvidenceLinker.h"
#include "evidence/EvidenceViews.h"
#include "main/JournalSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cpd {

CaseNotesTab::CaseNotesTab(JournalSession& session, const IdentifierCheck& check, QWidget* parent)
    : QWidget(parent),
      m_session(session),
      m_repository(std::make_unique<CaseNoteRepository>(session.database(), session.clock(), check)),
      m_check(check)
{
    m_model = new CaseNoteModel(this);
    m_view = evidence::makeTable(this, tr("Case notes"), CaseNoteModel::SummaryColumn);
    m_view->setModel(m_model);
    evidence::stretch(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true);

    m_add = new QPushButton(tr("&New case note…"), this);
    m_add->setAccessibleName(tr("Write a new anonymised case note"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setAccessibleName(tr("Edit the selected case note"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setAccessibleName(tr("Delete the selected case note"));
    m_link = new QPushButton(tr("&Link to entry"), this);
    m_link->setAccessibleName(tr("Link the selected case note to the entry selected in the journal"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_link);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addNote(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &CaseNotesTab::removeSelected);
    connect(m_link, &QPushButton::clicked, this, &CaseNotesTab::linkSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseNotesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseNotesTab::updateButtons);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &CaseNotesTab::removeSelected);
    reload();
}

CaseNotesTab::~CaseNotesTab() = default;

void CaseNotesTab::reload()
{
    auto all = m_repository->list();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_model->setNotes(*all);
    m_summary->setText(all->isEmpty() ? tr("No case notes yet. Record what a case taught you, anonymised.")
                                      : tr("%n case note(s).", nullptr, int(all->size())));
    updateButtons();
}

CaseNoteDialog* CaseNotesTab::showDialog(const CaseNote& note)
{
    auto* dialog = new CaseNoteDialog(*m_repository, m_check, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(note);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit statusMessage(tr("Saved the case note."));
    });
    dialog->open();
    dialog->summaryField()->setFocus();
    return dialog;
}

CaseNoteDialog* CaseNotesTab::addNote()
{
    return showDialog({});
}

CaseNoteDialog* CaseNotesTab::editSelected()
{
    const CaseNote* n = m_model->at(evidence::currentRow(m_view));
    return n ? showDialog(*n) : nullptr;
}

bool CaseNotesTab::removeSelected()
{
    const CaseNote* n = m_model->at(evidence::currentRow(m_view));
    if (!n)
        return false;
    if (MessageBox::question(this, tr("Delete case note?"), tr("Delete the selected case note for good?")) != QMessageBox::Yes)
        return false;
    if (auto ok = m_repository->remove(n->id); !ok) {
        MessageBox::warning(this, tr("Case note not deleted"), ok.error().message);
        return false;
    }
    reload();
    return true;
}

bool CaseNotesTab::linkSelected()
{
    const CaseNote* n = m_model->at(evidence::currentRow(m_view));
    const QString entryId = m_selectedEntry ? m_selectedEntry() : QString();
    if (!n)
        return false;
    if (entryId.isEmpty()) {
        MessageBox::information(this, tr("No entry selected"),
                                tr("Select an entry in the journal first, then link the case note to it."));
        return false;
    }
    if (auto ok = EvidenceLinker(m_session.database(), m_session.clock()).linkCase(entryId, n->id); !ok) {
        MessageBox::warning(this, tr("Not linked"), ok.error().message);
        return false;
    }
    reload();
    emit journalChanged();
    emit statusMessage(tr("Linked the case note to the selected entry."));
    return true;
}

void CaseNotesTab::updateButtons()
{
    const bool selected = m_model->at(evidence::currentRow(m_view)) != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_link->setEnabled(selected);
}

} // namespace cpd
