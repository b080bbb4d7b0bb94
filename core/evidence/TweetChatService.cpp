#include "evidence/TweetChatService.h"

#include "evidence/SocialFindRepository.h"
#include "journal/EntryRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace cpd {

TweetChatService::TweetChatService(Database& db, const Clock& clock, TweetChatGrouper::Options options)
    : m_db(db), m_clock(clock), m_options(std::move(options))
{
}

Result<QList<ChatSuggestion>> TweetChatService::suggestions() const
{
    auto finds = SocialFindRepository(m_db, m_clock).list();
    if (!finds)
        return std::unexpected(finds.error());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT chat_key FROM chat_decisions")))
        return fail(Sql::describe(q.lastError(), QCoreApplication::translate(
                                                     "TweetChatService", "read the tweet chats")));
    QSet<QString> decided;
    while (q.next())
        decided.insert(q.value(0).toString());
    QList<ChatSuggestion> out;
    const QList<ChatSuggestion> all = TweetChatGrouper::group(*finds, m_options);
    for (const ChatSuggestion& s : all) {
        if (!decided.contains(s.key))
            out.append(s);
    }
    return out;
}

Result<Entry> TweetChatService::accept(const ChatSuggestion& suggestion, const Entry& entry)
{
    auto stored = EntryRepository(m_db, m_clock).add(entry);
    if (!stored)
        return std::unexpected(stored.error());
    Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery link(m_db.connection());
        link.prepare(QStringLiteral("INSERT OR IGNORE INTO entry_finds (entry_id, find_id) VALUES (?, ?)"));
        QSqlQuery chat(m_db.connection());
        chat.prepare(QStringLiteral("UPDATE social_finds SET chat = ? WHERE id = ? AND chat = ''"));
        for (const SocialFind& p : suggestion.posts) {
            link.addBindValue(stored->id);
            link.addBindValue(p.id);
            if (auto ok = Sql::exec(
                    link, QCoreApplication::translate("TweetChatService", "link the chat's posts"));
                !ok)
                return ok;
            chat.addBindValue(QStringLiteral("#%1 %2").arg(suggestion.hashtag, suggestion.date.toString(Qt::ISODate)));
            chat.addBindValue(p.id);
            if (auto ok = Sql::exec(
                    chat, QCoreApplication::translate("TweetChatService", "link the chat's posts"));
                !ok)
                return ok;
        }
        return decide(suggestion.key, QStringLiteral("accepted"), stored->id);
    });
    if (!saved)
        return std::unexpected(saved.error());
    return *stored;
}

Status TweetChatService::discard(const QString& key)
{
    return decide(key, QStringLiteral("discarded"), {});
}

Status TweetChatService::decide(const QString& key, const QString& decision, const QString& entryId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO chat_decisions (chat_key, decision, entry_id, decided) VALUES (?,?,?,?)"));
    q.addBindValue(key);
    q.addBindValue(decision);
    q.addBindValue(entryId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(entryId));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    return Sql::exec(q, QCoreApplication::translate("TweetChatService", "remember the tweet chat"));
}

} // namespace cpd
