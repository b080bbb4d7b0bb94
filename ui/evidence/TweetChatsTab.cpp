#include "evidence/TweetChatsTab.h"

#include "common/MessageBox.h"
#include "evidence/ChatEntryDialog.h"
#include "evidence/ChatSuggestionModel.h"
#include "evidence/EvidenceViews.h"
#include "evidence/TweetChatService.h"
#include "main/JournalSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace cpd {

TweetChatsTab::TweetChatsTab(JournalSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    m_model = new ChatSuggestionModel(this);
    m_view = evidence::makeTable(this, tr("Suggested tweet chats"), ChatSuggestionModel::HashtagColumn);
    m_view->setModel(m_model);
    evidence::stretch(m_view);
    m_posts = new QListWidget(this);
    m_posts->setAccessibleName(tr("Posts in the selected chat"));
    m_posts->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("hint"));
    m_summary->setWordWrap(true);

    m_accept = new QPushButton(tr("&Accept"), this);
    m_accept->setAccessibleName(tr("Create a participatory entry from the selected chat"));
    m_edit = new QPushButton(tr("&Edit and accept…"), this);
    m_edit->setAccessibleName(tr("Edit the entry for the selected chat, then create it"));
    m_discard = new QPushButton(tr("&Discard"), this);
    m_discard->setAccessibleName(tr("Discard the selected chat suggestion"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_edit);
    buttons->addStretch();
    buttons->addWidget(m_discard);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_posts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_accept, &QPushButton::clicked, this, &TweetChatsTab::acceptSelected);
    connect(m_edit, &QPushButton::clicked, this, [this] { editAndAcceptSelected(); });
    connect(m_discard, &QPushButton::clicked, this, &TweetChatsTab::discardSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showPosts();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showPosts();
        updateButtons();
    });
    reload();
}

void TweetChatsTab::reload()
{
    auto all = TweetChatService(m_session.database(), m_session.clock()).suggestions();
    if (!all) {
        m_summary->setText(all.error().message);
        m_model->setSuggestions({});
        return;
    }
    m_model->setSuggestions(*all);
    m_summary->setText(all->isEmpty()
                           ? tr("No tweet chats to suggest. Posts that share a chat hashtag (such as #WeNurses) within "
                                "one evening appear here as participatory CPD.")
                           : tr("%n chat(s) found among your finds. Accept one to record it as participatory CPD.",
                                nullptr, int(all->size())));
    if (!all->isEmpty())
        m_view->selectRow(0);
}

bool TweetChatsTab::selectRow(int row)
{
    if (!m_model->at(row))
        return false;
    m_view->selectRow(row);
    return true;
}

QString TweetChatsTab::accept(const ChatSuggestion& suggestion, const Entry& entry)
{
    auto stored = TweetChatService(m_session.database(), m_session.clock()).accept(suggestion, entry);
    if (!stored) {
        MessageBox::warning(this, tr("Chat not accepted"), stored.error().message);
        return {};
    }
    const QString id = stored->id;
    const QString title = stored->title;
    reload();
    emit entryCreated(id);
    emit statusMessage(tr("Added “%1” to the journal.").arg(title));
    return id;
}

QString TweetChatsTab::acceptSelected()
{
    const ChatSuggestion* s = m_model->at(evidence::currentRow(m_view));
    if (!s)
        return {};
    const ChatSuggestion copy = *s;
    return accept(copy, copy.toEntry());
}

ChatEntryDialog* TweetChatsTab::editAndAcceptSelected()
{
    const ChatSuggestion* s = m_model->at(evidence::currentRow(m_view));
    if (!s)
        return nullptr;
    auto* dialog = new ChatEntryDialog(s->toEntry(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, suggestion = *s] { accept(suggestion, dialog->entry()); });
    dialog->open();
    return dialog;
}

bool TweetChatsTab::discardSelected()
{
    const ChatSuggestion* s = m_model->at(evidence::currentRow(m_view));
    if (!s)
        return false;
    if (auto ok = TweetChatService(m_session.database(), m_session.clock()).discard(s->key); !ok) {
        MessageBox::warning(this, tr("Chat not discarded"), ok.error().message);
        return false;
    }
    reload();
    emit statusMessage(tr("Discarded the suggestion."));
    return true;
}

void TweetChatsTab::showPosts()
{
    m_posts->clear();
    const ChatSuggestion* s = m_model->at(evidence::currentRow(m_view));
    if (!s)
        return;
    for (const SocialFind& p : s->posts) {
        const QString when = QLocale().toString(p.posted.toLocalTime().time(), QLocale::ShortFormat);
        auto* item = new QListWidgetItem(tr("%1  %2: %3").arg(when, p.author, p.excerpt.simplified()), m_posts);
        item->setToolTip(p.url);
    }
}

void TweetChatsTab::updateButtons()
{
    const bool selected = m_model->at(evidence::currentRow(m_view)) != nullptr;
    m_accept->setEnabled(selected);
    m_edit->setEnabled(selected);
    m_discard->setEnabled(selected);
}

} // namespace cpd
