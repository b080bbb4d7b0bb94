#pragma once

#include <QList>
#include <QStringView>

namespace cpd {

// Splits prose into the words a spell checker should look at, and leaves out what it should
// not: URLs, email addresses, NHS numbers and other numbers, words with digits in them (HbA1c,
// PHQ-9, B12), ALL-CAPS abbreviations and their plurals (COPD, GPs), and single letters.
// A word keeps inner apostrophes (don't, patient's; ’ as well as '); a hyphenated compound
// (follow-up, and/or, co-codamol) stays one word: see parts().
class WordTokenizer
{
public:
    struct Word
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Word&) const = default;
    };

    static QList<Word> words(QStringView text);
    // True for an ALL-CAPS abbreviation or its plural ("NICE", "CQC", "GPs", "NSAIDs").
    static bool isAbbreviation(QStringView word);
    // The parts of a hyphenated or slashed compound worth checking on their own (not single
    // letters, not abbreviations): "COPD-related" gives "related".
    static QList<QStringView> parts(QStringView word);
};

} // namespace cpd
