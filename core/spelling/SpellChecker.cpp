#include "spelling/SpellChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <hunspell/hunspell.hxx>

namespace cpd {
namespace {

QString normalised(QStringView word)
{
    QString w = word.toString();
    w.replace(QChar(0x2019), QLatin1Char('\''));
    return w;
}

} // namespace

QStringList SpellChecker::defaultFolders()
{
    const QString overridden = qEnvironmentVariable("CPDJOURNAL_HUNSPELL_PATH");
    if (!overridden.isEmpty())
        return overridden.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell/dicts"),
            QStringLiteral("/usr/share/myspell"), QStringLiteral("/usr/local/share/hunspell"),
            QStringLiteral("/opt/homebrew/share/hunspell"),
            QCoreApplication::applicationDirPath() + QStringLiteral("/dictionaries")};
}

Result<std::unique_ptr<SpellChecker>> SpellChecker::open(const QString& language, const QStringList& folders)
{
    for (const QString& folder : folders) {
        const QString affix = QDir(folder).filePath(language + QStringLiteral(".aff"));
        const QString dic = QDir(folder).filePath(language + QStringLiteral(".dic"));
        if (!QFileInfo::exists(affix) || !QFileInfo::exists(dic))
            continue;
        auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affix).constData(), QFile::encodeName(dic).constData());
        if (hunspell->get_dict_encoding() != "UTF-8")
            return fail(QCoreApplication::translate("cpd::SpellChecker",
                                                    "The %1 dictionary in %2 is not UTF-8; spelling is not checked.")
                            .arg(language, folder));
        auto checker = std::unique_ptr<SpellChecker>(new SpellChecker(std::move(hunspell), affix));
        checker->addWords(clinicalWords());
        return checker;
    }
    return fail(QCoreApplication::translate("cpd::SpellChecker",
                                            "No %1 dictionary was found (looked in %2), so spelling is not "
                                            "checked. Install the hunspell-en-gb package to check spelling.")
                    .arg(language, folders.join(QLatin1String(", "))));
}

QStringList SpellChecker::clinicalWords()
{
    QFile file(QStringLiteral(":/spelling/clinical-en_GB.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString word = line.trimmed();
        if (!word.isEmpty() && !word.startsWith(QLatin1Char('#')))
            words << word;
    }
    return words;
}

SpellChecker::SpellChecker(std::unique_ptr<Hunspell> hunspell, QString affix)
    : m_hunspell(std::move(hunspell)), m_affix(std::move(affix))
{
}

SpellChecker::~SpellChecker() = default;

void SpellChecker::addWords(const QStringList& words)
{
    for (const QString& word : words) {
        const QString w = normalised(word).trimmed();
        if (!w.isEmpty())
            m_hunspell->add(w.toStdString());
    }
    m_cache.clear();
}

bool SpellChecker::lookUp(const QString& word) const
{
    if (m_hunspell->spell(word.toStdString()))
        return true;
    // A possessive of a word the dictionary knows (salbutamol's, NICE's).
    if (word.endsWith(QLatin1String("'s")) && word.size() > 2 && m_hunspell->spell(word.chopped(2).toStdString()))
        return true;
    // A compound the dictionary does not list whole (follow-up, and/or): right when every part is.
    const QList<QStringView> parts = WordTokenizer::parts(word);
    if (parts.size() == 1 && parts.first().size() == word.size())
        return false;
    for (QStringView part : parts) {
        if (!isCorrect(part))
            return false;
    }
    return true;
}

bool SpellChecker::isCorrect(QStringView word) const
{
    const QString w = normalised(word);
    const auto cached = m_cache.constFind(w);
    if (cached != m_cache.cend())
        return *cached;
    const bool correct = lookUp(w);
    m_cache.insert(w, correct);
    return correct;
}

QStringList SpellChecker::suggestions(QStringView word, int max) const
{
    QStringList out;
    const std::vector<std::string> found = m_hunspell->suggest(normalised(word).toStdString());
    for (const std::string& s : found) {
        if (out.size() >= max)
            break;
        out << QString::fromStdString(s);
    }
    return out;
}

QList<WordTokenizer::Word> SpellChecker::misspelt(QStringView text) const
{
    QList<WordTokenizer::Word> out;
    const QList<WordTokenizer::Word> words = WordTokenizer::words(text);
    for (const WordTokenizer::Word& w : words) {
        if (!isCorrect(text.mid(w.start, w.length)))
            out.append(w);
    }
    return out;
}

} // namespace cpd
