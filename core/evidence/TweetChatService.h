#pragma once

#include "evidence/ChatSuggestion.h"
#include "evidence/TweetChatGrouper.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// Suggested tweet chats from the stored finds, minus those already accepted or discarded;
// accepting stores the (possibly edited) entry and links the posts to it.
class TweetChatService
{
public:
    TweetChatService(Database& db, const Clock& clock, TweetChatGrouper::Options options = {});

    Result<QList<ChatSuggestion>> suggestions() const;
    // Stores entry (suggestion.toEntry(), perhaps edited), links the posts, marks the chat
    // accepted and sets each post's chat; returns the stored entry.
    Result<Entry> accept(const ChatSuggestion& suggestion, const Entry& entry);
    Status discard(const QString& key);

private:
    Status decide(const QString& key, const QString& decision, const QString& entryId);

    Database& m_db;
    const Clock& m_clock;
    TweetChatGrouper::Options m_options;
};

} // namespace cpd
