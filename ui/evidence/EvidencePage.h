#pragma once

#include <QWidget>

#include <functional>

class QNetworkAccessManager;
class QTabWidget;

namespace cpd {

class CaseNotesTab;
class GuidelinesTab;
class IdentifierCheck;
class JournalSession;
class SocialFindsTab;
class TweetChatsTab;

// The Evidence area: guidelines, case notes, social-media finds and the tweet chats among them.
class EvidencePage : public QWidget
{
    Q_OBJECT
public:
    // check: the identifier check case notes pass before they are saved (the confidentiality
    // scanner once it lands; IdentifierCheck::none() until then). It must outlive the page.
    EvidencePage(JournalSession& session, const IdentifierCheck& check, QWidget* parent = nullptr);

    // The entry "Link to entry" uses (the journal's selection).
    void setSelectedEntryProvider(const std::function<QString()>& provider);
    void reload();

    QTabWidget* tabs() const { return m_tabs; }
    GuidelinesTab* guidelines() const { return m_guidelines; }
    SocialFindsTab* finds() const { return m_finds; }
    TweetChatsTab* chats() const { return m_chats; }
    CaseNotesTab* caseNotes() const { return m_caseNotes; }
    QNetworkAccessManager* network() const { return m_network; }

signals:
    // An entry was created (from a tweet chat); the journal should show it.
    void entryCreated(const QString& id);
    // Entries changed in place (evidence linked to them).
    void journalChanged();
    void statusMessage(const QString& message);

private:
    QNetworkAccessManager* m_network;
    QTabWidget* m_tabs;
    GuidelinesTab* m_guidelines;
    SocialFindsTab* m_finds;
    TweetChatsTab* m_chats;
    CaseNotesTab* m_caseNotes;
};

} // namespace cpd
