#pragma once

#include "topics/TopicCatalogue.h"
#include "topics/TopicFeedback.h"
#include "topics/TopicSuggestion.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>

namespace cpd {

struct Entry;

// Ranks All Our Health topics for what someone wrote, with the words that led to each.
// All the vocabulary work (stems, phrases, weights) is done once in the constructor, so a
// suggestion is one pass over the text with hash look-ups: a 2,000-word reflection takes well
// under a millisecond. Not thread-safe; use one per thread.
class TopicSuggester
{
public:
    // The parts of an entry that say what it was about, weighted by how telling they are.
    struct Input
    {
        QString title;
        QString text; // the reflection
        QStringList tags;
        QStringList linkTitles;
        static Input fromEntry(const Entry& entry);
    };

    explicit TopicSuggester(const TopicCatalogue& catalogue);

    void setFeedback(TopicFeedback feedback);
    const TopicFeedback& feedback() const { return m_feedback; }

    // Best first; withdrawn topics never appear. Scores below minimumScore are left out.
    QList<TopicSuggestion> suggest(const Input& input, int limit = 5) const;
    QList<TopicSuggestion> suggest(QStringView text, int limit = 5) const;

    // The key under which feedback about a matched term is kept (its stems).
    static QString termKey(const QString& matchedTerm);

    double minimumScore() const { return m_minimumScore; }
    void setMinimumScore(double score) { m_minimumScore = score; }

private:
    struct Contribution
    {
        int topic;
        float weight;
    };
    struct Term
    {
        QList<int> stems;
        QString display;
        QString key;
        QList<Contribution> topics;
    };

    void addTerm(int topic, const QString& text, float kindWeight);
    void scan(QStringView text, float fieldWeight, QHash<qint64, float>& hits) const;

    QList<Topic> m_topics; // suggestable ones only
    QHash<QString, int> m_stemIds;
    QList<Term> m_terms;
    QHash<QString, int> m_termByKey;
    QHash<int, QList<int>> m_termsByFirstStem; // longest first
    // Stems of words already seen: most of a long text repeats words, and stemming allocates.
    mutable QHash<QString, int> m_wordCache;
    TopicFeedback m_feedback;
    double m_minimumScore = 1.5;
};

} // namespace cpd
