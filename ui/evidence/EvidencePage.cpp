#include "evidence/EvidencePage.h"

#include "evidence/CaseNotesTab.h"
#include "evidence/GuidelinesTab.h"
#include "evidence/SocialFindsTab.h"
#include "evidence/TweetChatsTab.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cpd {

EvidencePage::EvidencePage(JournalSession& session, const IdentifierCheck& check, QWidget* parent)
    : QWidget(parent), m_network(new QNetworkAccessManager(this))
{
    setObjectName(QStringLiteral("EvidencePage"));
    auto* heading = new QLabel(tr("Evidence"), this);
    heading->setObjectName(QStringLiteral("heading"));

    m_guidelines = new GuidelinesTab(session, *m_network);
    m_finds = new SocialFindsTab(session);
    m_chats = new TweetChatsTab(session);
    m_caseNotes = new CaseNotesTab(session, check);
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Kinds of evidence"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_guidelines, tr("&Guidelines"));
    m_tabs->addTab(m_finds, tr("Social &finds"));
    m_tabs->addTab(m_chats, tr("T&weet chats"));
    m_tabs->addTab(m_caseNotes, tr("Ca&se notes"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);

    connect(m_finds, &SocialFindsTab::findsChanged, m_chats, &TweetChatsTab::reload);
    connect(m_chats, &TweetChatsTab::entryCreated, this, &EvidencePage::entryCreated);
    connect(m_guidelines, &GuidelinesTab::journalChanged, this, &EvidencePage::journalChanged);
    connect(m_caseNotes, &CaseNotesTab::journalChanged, this, &EvidencePage::journalChanged);
    connect(m_guidelines, &GuidelinesTab::statusMessage, this, &EvidencePage::statusMessage);
    connect(m_finds, &SocialFindsTab::statusMessage, this, &EvidencePage::statusMessage);
    connect(m_chats, &TweetChatsTab::statusMessage, this, &EvidencePage::statusMessage);
    connect(m_caseNotes, &CaseNotesTab::statusMessage, this, &EvidencePage::statusMessage);
}

void EvidencePage::setSelectedEntryProvider(const std::function<QString()>& provider)
{
    m_guidelines->setSelectedEntryProvider(provider);
    m_caseNotes->setSelectedEntryProvider(provider);
}

void EvidencePage::reload()
{
    m_guidelines->reload();
    m_finds->reload();
    m_chats->reload();
    m_caseNotes->reload();
}

} // namespace cpd
