#pragma once

#include "topics/TopicFeedback.h"
#include "util/Result.h"

#include <QStringList>

namespace cpd {

class Clock;
class Database;

// Keeps in the journal what the person accepted and rejected among the suggested topics, so
// the suggester learns their way of writing (table topic_feedback, migration 005).
class TopicFeedbackStore
{
public:
    TopicFeedbackStore(Database& db, const Clock& clock);

    Result<TopicFeedback> load() const;
    // One verdict on a suggested topic and the terms it was suggested for.
    Status record(const QString& topicId, const QStringList& matchedTerms, bool accepted);
    Status clear();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
