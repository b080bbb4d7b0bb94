#include "topics/TopicSuggester.h"

#include "journal/Entry.h"
#include "topics/TopicText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace cpd {

namespace {

// How telling each kind of catalogue term is, before rarity is taken into account.
constexpr float kTitleWeight = 1.3f;
constexpr float kAliasWeight = 1.2f;
constexpr float kKeywordWeight = 1.0f;
constexpr float kWeakWeight = 0.35f;
// Each extra word in a matched phrase makes it more specific than its words alone.
constexpr float kPhraseBonus = 0.35f;

// Where a word appears: a title or tag says more about the entry than one word in a long text.
constexpr float kTitleField = 2.0f;
constexpr float kTagField = 1.5f;
constexpr float kTextField = 1.0f;
constexpr float kLinkField = 1.0f;

} // namespace

double TopicFeedback::topicFactor(const QString& topicId) const
{
    const auto it = topics.constFind(topicId);
    if (it == topics.cend())
        return 1.0;
    return std::clamp((2.0 + it->accepted) / (2.0 + it->rejected), 0.4, 1.6);
}

double TopicFeedback::termFactor(const QString& topicId, const QString& stemmedTerm) const
{
    const auto it = terms.constFind(termKey(topicId, stemmedTerm));
    if (it == terms.cend())
        return 1.0;
    return std::clamp((2.0 + it->accepted) / (2.0 + 2.0 * it->rejected), 0.2, 2.0);
}

TopicSuggester::Input TopicSuggester::Input::fromEntry(const Entry& entry)
{
    Input in;
    in.title = entry.title;
    in.text = entry.reflectionText();
    in.tags = entry.tags;
    for (const Link& l : entry.links)
        in.linkTitles.append(l.title);
    return in;
}

QString TopicSuggester::termKey(const QString& matchedTerm)
{
    return TopicText::stems(matchedTerm).join(QLatin1Char(' '));
}

TopicSuggester::TopicSuggester(const TopicCatalogue& catalogue) : m_topics(catalogue.suggestable())
{
    static const QRegularExpression bracketed(QStringLiteral("\\([^)]*\\)"));
    for (int i = 0; i < int(m_topics.size()); ++i) {
        const Topic& t = m_topics.at(i);
        addTerm(i, t.shortTitle().remove(bracketed).trimmed(), kTitleWeight);
        for (const QString& a : t.aliases)
            addTerm(i, a, kAliasWeight);
        for (const QString& k : t.keywords)
            addTerm(i, k, kKeywordWeight);
        for (const QString& k : t.weakKeywords)
            addTerm(i, k, kWeakWeight);
    }
    // Rarity across the catalogue (an inverse document frequency over topics): a term that only
    // one topic uses says far more than one that five topics share.
    const double n = double(m_topics.size());
    for (int ti = 0; ti < int(m_terms.size()); ++ti) {
        Term& term = m_terms[ti];
        const double idf = std::log(1.0 + n / double(term.topics.size()));
        const double phrase = 1.0 + kPhraseBonus * double(term.stems.size() - 1);
        for (Contribution& c : term.topics)
            c.weight = float(c.weight * idf * phrase);
        m_termsByFirstStem[term.stems.first()].append(ti);
    }
    for (auto it = m_termsByFirstStem.begin(); it != m_termsByFirstStem.end(); ++it) {
        std::sort(it->begin(), it->end(), [this](int a, int b) {
            return m_terms.at(a).stems.size() > m_terms.at(b).stems.size();
        });
    }
}

void TopicSuggester::addTerm(int topic, const QString& text, float kindWeight)
{
    const QStringList stems = TopicText::stems(text);
    if (stems.isEmpty())
        return;
    if (stems.size() == 1 && (TopicText::isStopWord(text.trimmed().toLower()) || TopicText::isStopWord(stems.first())))
        return;
    const QString key = stems.join(QLatin1Char(' '));
    int index = m_termByKey.value(key, -1);
    if (index < 0) {
        Term term;
        for (const QString& s : stems) {
            auto it = m_stemIds.constFind(s);
            if (it == m_stemIds.cend())
                it = m_stemIds.insert(s, int(m_stemIds.size()));
            term.stems.append(*it);
        }
        term.display = text;
        term.key = key;
        index = int(m_terms.size());
        m_terms.append(std::move(term));
        m_termByKey.insert(key, index);
    }
    Term& term = m_terms[index];
    for (Contribution& c : term.topics) {
        if (c.topic == topic) {
            c.weight = std::max(c.weight, kindWeight);
            return;
        }
    }
    term.topics.append({topic, kindWeight});
}

void TopicSuggester::setFeedback(TopicFeedback feedback)
{
    m_feedback = std::move(feedback);
}

void TopicSuggester::scan(QStringView text, float fieldWeight, QHash<qint64, float>& hits) const
{
    QList<int> ids;
    ids.reserve(text.size() / 5 + 1);
    if (m_wordCache.size() > 50000)
        m_wordCache.clear();
    TopicText::forEachWord(text, [&](QString&& word) {
        auto it = m_wordCache.constFind(word);
        if (it == m_wordCache.cend()) {
            const int id = m_stemIds.value(TopicText::stem(word), -1);
            it = m_wordCache.insert(std::move(word), id);
        }
        ids.append(*it);
    });
    const qsizetype n = ids.size();
    qsizetype coveredUntil = -1; // the last word of the longest phrase matched so far
    for (qsizetype i = 0; i < n; ++i) {
        if (ids.at(i) < 0)
            continue;
        const auto candidates = m_termsByFirstStem.constFind(ids.at(i));
        if (candidates == m_termsByFirstStem.cend())
            continue;
        for (int ti : *candidates) {
            const QList<int>& stems = m_terms.at(ti).stems;
            const qsizetype len = stems.size();
            if (i + len > n || i + len - 1 <= coveredUntil)
                continue;
            bool match = true;
            for (qsizetype k = 1; k < len && match; ++k)
                match = ids.at(i + k) == stems.at(k);
            if (!match)
                continue;
            hits[ti] += fieldWeight;
            coveredUntil = i + len - 1;
            break; // the longest term at this word; the words inside it count no more
        }
    }
}

QList<TopicSuggestion> TopicSuggester::suggest(QStringView text, int limit) const
{
    Input in;
    in.text = text.toString();
    return suggest(in, limit);
}

QList<TopicSuggestion> TopicSuggester::suggest(const Input& input, int limit) const
{
    QHash<qint64, float> hits;
    scan(input.title, kTitleField, hits);
    scan(input.text, kTextField, hits);
    for (const QString& tag : input.tags)
        scan(tag, kTagField, hits);
    for (const QString& title : input.linkTitles)
        scan(title, kLinkField, hits);

    struct Why
    {
        double score = 0;
        QList<std::pair<double, int>> terms;
    };
    QHash<int, Why> byTopic;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        const Term& term = m_terms.at(int(it.key()));
        const double tf = 1.0 + std::log(double(it.value()));
        for (const Contribution& c : term.topics) {
            double s = c.weight * tf;
            if (!m_feedback.isEmpty())
                s *= m_feedback.termFactor(m_topics.at(c.topic).id, term.key);
            Why& why = byTopic[c.topic];
            why.score += s;
            why.terms.append({s, int(it.key())});
        }
    }

    QList<TopicSuggestion> out;
    for (auto it = byTopic.begin(); it != byTopic.end(); ++it) {
        const Topic& topic = m_topics.at(it.key());
        double score = it->score;
        if (!m_feedback.isEmpty())
            score *= m_feedback.topicFactor(topic.id);
        if (score < m_minimumScore)
            continue;
        std::sort(it->terms.begin(), it->terms.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        TopicSuggestion s;
        s.id = topic.id;
        s.title = topic.title;
        s.score = score;
        for (const auto& [weight, ti] : std::as_const(it->terms)) {
            Q_UNUSED(weight);
            s.matched.append(m_terms.at(ti).display);
        }
        out.append(std::move(s));
    }
    std::sort(out.begin(), out.end(), [](const TopicSuggestion& a, const TopicSuggestion& b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace cpd
