#pragma once

#include "journal/Entry.h"

#include <QDate>
#include <QRandomGenerator>

namespace cpd {

// Realistic, varied sample entries written like a clinician's, spread over the three years
// ending at endDate: every activity and template, reflections of 100–500 words, hours, topics,
// tags and links. The same seed and end date give the same entries, ids included.
class DemoJournalGenerator
{
public:
    DemoJournalGenerator(quint64 seed, QDate endDate);

    Entry next();
    QList<Entry> generate(int count);

private:
    int pick(int bound); // uniform in [0, bound)
    double uniform(double low, double high);
    bool chance(double p);
    int nextFromRound(QList<int>& round, int size); // shuffled rounds: every value once per round
    QString makeId();

    QRandomGenerator m_random;
    QDate m_endDate;
    int m_index = 0;
    QList<int> m_activityRound;
    QList<int> m_templateRound;
};

} // namespace cpd
