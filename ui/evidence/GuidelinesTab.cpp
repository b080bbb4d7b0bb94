#include "evidence/GuidelinesTab.h"

#include "common/MessageBox.h"
#include "evidence/EvidenceLinker.h"
#include "evidence/EvidenceViews.h"
#include "evidence/GuidelineDialog.h"
#include "evidence/GuidelineModel.h"
#include "evidence/GuidelineRepository.h"
#include "evidence/PageMetadataFetcher.h"
#include "main/JournalSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cpd {

GuidelinesTab::GuidelinesTab(JournalSession& session, QNetworkAccessManager& network, QWidget* parent)
    : QWidget(parent), m_session(session), m_network(network), m_fetchOptions(PageMetadataFetcher::defaultOptions())
{
    m_model = new GuidelineModel(this);
    m_view = evidence::makeTable(this, tr("Guidelines in the library"), GuidelineModel::TitleColumn);
    m_view->setModel(m_model);
    evidence::stretch(m_view);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));

    m_addUrl = new QPushButton(tr("Add by &URL…"), this);
    m_addUrl->setAccessibleName(tr("Add a guideline from its web address"));
    m_addManual = new QPushButton(tr("Add by &hand…"), this);
    m_addManual->setAccessibleName(tr("Add a guideline by typing its details"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setAccessibleName(tr("Edit the selected guideline"));
    m_remove = new QPushButton(tr("&Delete"), this);
    m_remove->setAccessibleName(tr("Delete the selected guideline"));
    m_link = new QPushButton(tr("&Link to entry"), this);
    m_link->setAccessibleName(tr("Link the selected guideline to the entry selected in the journal"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addUrl);
    buttons->addWidget(m_addManual);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_link);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_addUrl, &QPushButton::clicked, this, [this] { addByUrl(); });
    connect(m_addManual, &QPushButton::clicked, this, [this] { addManually(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editSelected(); });
    connect(m_view, &QAbstractItemView::activated, this, [this] { editSelected(); });
    connect(m_remove, &QPushButton::clicked, this, &GuidelinesTab::removeSelected);
    connect(m_link, &QPushButton::clicked, this, &GuidelinesTab::linkSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GuidelinesTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GuidelinesTab::updateButtons);
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &GuidelinesTab::removeSelected);
    reload();
}

void GuidelinesTab::reload()
{
    const QString keep = m_model->at(evidence::currentRow(m_view)) ? m_model->at(evidence::currentRow(m_view))->id : QString();
    auto all = GuidelineRepository(m_session.database(), m_session.clock()).list();
    if (!all) {
        m_summary->setText(all.error().message);
        return;
    }
    m_model->setGuidelines(*all);
    m_summary->setText(all->isEmpty() ? tr("No guidelines yet. Add one by its web address, or type its details by hand.")
                                      : tr("%n guideline(s) in the library.", nullptr, int(all->size())));
    if (!keep.isEmpty())
        selectId(keep);
    updateButtons();
}

bool GuidelinesTab::selectId(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

GuidelineDialog* GuidelinesTab::showDialog(const Guideline& guideline)
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = new GuidelineDialog(m_network, m_fetchOptions, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setGuideline(guideline);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] { save(dialog->guideline()); });
    connect(m_dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
    return m_dialog;
}

GuidelineDialog* GuidelinesTab::addByUrl(const QString& url)
{
    GuidelineDialog* dialog = showDialog({});
    if (!url.isEmpty()) {
        dialog->urlField()->setText(url);
        dialog->fetch();
    }
    dialog->urlField()->setFocus();
    return dialog;
}

GuidelineDialog* GuidelinesTab::addManually()
{
    GuidelineDialog* dialog = showDialog({});
    dialog->titleField()->setFocus();
    return dialog;
}

GuidelineDialog* GuidelinesTab::addPrefilled(const Guideline& guideline)
{
    GuidelineDialog* dialog = showDialog(guideline);
    dialog->titleField()->setFocus();
    return dialog;
}

GuidelineDialog* GuidelinesTab::editSelected()
{
    const Guideline* g = m_model->at(evidence::currentRow(m_view));
    if (!g)
        return nullptr;
    GuidelineDialog* dialog = showDialog(*g);
    dialog->titleField()->setFocus();
    return dialog;
}

void GuidelinesTab::save(const Guideline& guideline)
{
    GuidelineRepository repo(m_session.database(), m_session.clock());
    auto saved = guideline.id.isEmpty() ? repo.add(guideline) : repo.update(guideline);
    if (!saved) {
        MessageBox::warning(this, tr("Guideline not saved"), saved.error().message);
        return;
    }
    reload();
    selectId(saved->id);
    emit statusMessage(tr("Saved the guideline “%1”.").arg(saved->title));
}

bool GuidelinesTab::removeSelected()
{
    const Guideline* g = m_model->at(evidence::currentRow(m_view));
    if (!g)
        return false;
    if (MessageBox::question(this, tr("Delete guideline?"),
                             tr("Delete “%1” from the library? Entries keep their link to its address.").arg(g->title))
        != QMessageBox::Yes)
        return false;
    const QString title = g->title;
    if (auto ok = GuidelineRepository(m_session.database(), m_session.clock()).remove(g->id); !ok) {
        MessageBox::warning(this, tr("Guideline not deleted"), ok.error().message);
        return false;
    }
    reload();
    emit statusMessage(tr("Deleted the guideline “%1”.").arg(title));
    return true;
}

bool GuidelinesTab::linkSelected()
{
    const Guideline* g = m_model->at(evidence::currentRow(m_view));
    const QString entryId = m_selectedEntry ? m_selectedEntry() : QString();
    if (!g)
        return false;
    if (entryId.isEmpty()) {
        MessageBox::information(this, tr("No entry selected"),
                                tr("Select an entry in the journal first, then link the guideline to it."));
        return false;
    }
    const QString title = g->title;
    const QString id = g->id;
    if (auto ok = EvidenceLinker(m_session.database(), m_session.clock()).linkGuideline(entryId, id); !ok) {
        MessageBox::warning(this, tr("Not linked"), ok.error().message);
        return false;
    }
    reload();
    selectId(id);
    emit journalChanged();
    emit statusMessage(tr("Linked “%1” to the selected entry.").arg(title));
    return true;
}

void GuidelinesTab::updateButtons()
{
    const bool selected = m_model->at(evidence::currentRow(m_view)) != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_link->setEnabled(selected);
}

} // namespace cpd
