#pragma once

#include "spelling/WordTokenizer.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace cpd {

// Hunspell with a dictionary (en_GB from the system's hunspell folders), the shipped clinical
// word list and any words added at run time (a personal word list, "ignore" for the session).
// Answers are cached per word, so checking a paragraph again costs a hash lookup per word.
class SpellChecker
{
public:
    // The dictionary for language (e.g. "en_GB") from the first of folders that holds its .aff
    // and .dic; fails with a message that says which package to install when none does.
    static Result<std::unique_ptr<SpellChecker>> open(const QString& language = QStringLiteral("en_GB"),
                                                      const QStringList& folders = defaultFolders());
    // $CPDJOURNAL_HUNSPELL_PATH (colon-separated) when set, else the usual system folders.
    static QStringList defaultFolders();
    // The shipped list of clinical words (drug names, conditions, NHS bodies and abbreviations).
    static QStringList clinicalWords();

    ~SpellChecker();
    SpellChecker(const SpellChecker&) = delete;
    SpellChecker& operator=(const SpellChecker&) = delete;

    QString affixPath() const { return m_affix; }
    bool isCorrect(QStringView word) const;
    // Up to max suggestions, best first.
    QStringList suggestions(QStringView word, int max = 7) const;
    // Accepts words from now on (they are not written anywhere: see PersonalDictionary).
    void addWords(const QStringList& words);
    // The words of text that are misspelt, as positions in text.
    QList<WordTokenizer::Word> misspelt(QStringView text) const;

private:
    SpellChecker(std::unique_ptr<Hunspell> hunspell, QString affix);
    bool lookUp(const QString& word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_affix;
    mutable QHash<QString, bool> m_cache;
};

} // namespace cpd
