#pragma once

#include <QHash>
#include <QString>

namespace cpd {

// What one person accepted and rejected, which the suggester turns into weights: a snapshot
// loaded from the journal by TopicFeedbackStore.
struct TopicFeedback
{
    struct Counts
    {
        int accepted = 0;
        int rejected = 0;
    };

    // Per topic, and per (topic, matched term) with the term as TopicFeedback::termKey gives it.
    QHash<QString, Counts> topics;
    QHash<QString, Counts> terms; // key: topicId + '\n' + termKey

    static QString termKey(const QString& topicId, const QString& stemmedTerm)
    {
        return topicId + QLatin1Char('\n') + stemmedTerm;
    }
    // How much a topic's score is scaled for this person: above 1 when they tend to accept it.
    double topicFactor(const QString& topicId) const;
    double termFactor(const QString& topicId, const QString& stemmedTerm) const;
    bool isEmpty() const { return topics.isEmpty() && terms.isEmpty(); }
};

} // namespace cpd
