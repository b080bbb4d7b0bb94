#include "topics/TopicFeedbackStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "topics/TopicSuggester.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace cpd {

TopicFeedbackStore::TopicFeedbackStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<TopicFeedback> TopicFeedbackStore::load() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, QStringLiteral("SELECT topic_id, term, accepted, rejected FROM topic_feedback")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = Sql::exec(q, QCoreApplication::translate("TopicFeedbackStore",
                                                           "read what you accepted and rejected"));
        !ok)
        return std::unexpected(ok.error());
    TopicFeedback f;
    while (q.next()) {
        const QString topic = q.value(0).toString();
        const QString term = q.value(1).toString();
        const TopicFeedback::Counts counts{q.value(2).toInt(), q.value(3).toInt()};
        if (term.isEmpty())
            f.topics.insert(topic, counts);
        else
            f.terms.insert(TopicFeedback::termKey(topic, term), counts);
    }
    return f;
}

Status TopicFeedbackStore::record(const QString& topicId, const QStringList& matchedTerms, bool accepted)
{
    if (topicId.isEmpty())
        return fail(QCoreApplication::translate("TopicFeedbackStore",
                                                "a topic is needed to record a choice"));
    QStringList keys{QString()};
    QSet<QString> seen;
    for (const QString& t : matchedTerms) {
        const QString key = TopicSuggester::termKey(t);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            keys.append(key);
        }
    }
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString column = accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
        if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO topic_feedback (topic_id, term, %1, updated) "
                                                     "VALUES (?, coalesce(?, ''), 1, ?) ON CONFLICT (topic_id, term) DO "
                                                     "UPDATE SET %1 = %1 + 1, updated = excluded.updated")
                                          .arg(column));
            !ok)
            return ok;
        for (const QString& key : std::as_const(keys)) {
            q.bindValue(0, topicId);
            q.bindValue(1, key);
            q.bindValue(2, now);
            if (auto ok = Sql::exec(q, QCoreApplication::translate(
                                           "TopicFeedbackStore", "remember your choice of topic"));
                !ok)
                return ok;
        }
        return {};
    });
}

Status TopicFeedbackStore::clear()
{
    return Sql::exec(
        m_db.connection(), QStringLiteral("DELETE FROM topic_feedback"),
        QCoreApplication::translate("TopicFeedbackStore", "forget your choices of topics"));
}

} // namespace cpd
