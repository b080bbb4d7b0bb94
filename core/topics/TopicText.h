#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace cpd {

// How the topic suggester reads words: lower case, British spelling, a light stem, so that
// "immunizations", "immunised" and "immunisation" meet, as do "behavior" and "behaviours".
// The same rules apply to the catalogue's vocabulary and to what people write, so the rules
// only have to be consistent, not linguistically perfect.
class TopicText
{
public:
    // Calls sink(word) for each word of text (letters and digits; apostrophes dropped), in
    // lower case, without allocating per character.
    static void forEachWord(QStringView text, const std::function<void(QString&&)>& sink);
    // The stem of one lower-case word: spelling normalised, plural and common endings removed.
    static QString stem(QString word);
    // Words that carry no topic on their own ("the", "with", "patient"…).
    static bool isStopWord(const QString& word);
    // The stems of a phrase, stop words left out.
    static QStringList stems(QStringView phrase);
};

} // namespace cpd
