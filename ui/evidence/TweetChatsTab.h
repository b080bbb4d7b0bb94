#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cpd {

class ChatEntryDialog;
class ChatSuggestionModel;
class JournalSession;
struct ChatSuggestion;
struct Entry;

// Tweet chats found among the finds, each a suggested participatory CPD entry to accept (as it
// is, or edited first) or discard.
class TweetChatsTab : public QWidget
{
    Q_OBJECT
public:
    explicit TweetChatsTab(JournalSession& session, QWidget* parent = nullptr);

    void reload();
    // Accepts the selected suggestion as it is; returns the new entry's id (empty on failure).
    QString acceptSelected();
    // Opens the entry for editing first; accepting the dialog creates it.
    ChatEntryDialog* editAndAcceptSelected();
    bool discardSelected();
    bool selectRow(int row);

    ChatSuggestionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QPushButton* acceptButton() const { return m_accept; }

signals:
    void entryCreated(const QString& id);
    void statusMessage(const QString& message);

private:
    QString accept(const ChatSuggestion& suggestion, const Entry& entry);
    void showPosts();
    void updateButtons();

    JournalSession& m_session;
    ChatSuggestionModel* m_model;
    QTableView* m_view;
    QListWidget* m_posts;
    QLabel* m_summary;
    QPushButton* m_accept;
    QPushButton* m_edit;
    QPushButton* m_discard;
};

} // namespace cpd
