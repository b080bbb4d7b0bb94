#include "spelling/WordTokenizer.h"

namespace cpd {
namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

// Characters that hold a "chunk" (a run between spaces) together for the URL, email and
// number checks: anything but whitespace and the punctuation that ends a clause.
bool isChunkChar(QChar c)
{
    return !c.isSpace() && c != QLatin1Char('(') && c != QLatin1Char(')') && c != QLatin1Char('"')
        && c != QChar(0x201c) && c != QChar(0x201d) && c != QLatin1Char('[') && c != QLatin1Char(']')
        && c != QLatin1Char('<') && c != QLatin1Char('>');
}

bool looksLikeUrlOrEmail(QStringView chunk)
{
    if (chunk.contains(QLatin1String("://")) || chunk.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return true;
    const qsizetype at = chunk.indexOf(QLatin1Char('@'));
    if (at > 0 && chunk.indexOf(QLatin1Char('.'), at) > at)
        return true;
    // example.org, nice.org.uk/guidance: a dot between letters followed by a known ending.
    static const QLatin1String endings[] = {QLatin1String(".uk"), QLatin1String(".com"), QLatin1String(".org"),
                                            QLatin1String(".net"), QLatin1String(".gov"), QLatin1String(".nhs")};
    for (const QLatin1String& e : endings) {
        const qsizetype i = chunk.indexOf(e, 0, Qt::CaseInsensitive);
        if (i > 0 && (i + e.size() == chunk.size() || !chunk.at(i + e.size()).isLetter()))
            return true;
    }
    return false;
}

} // namespace

bool WordTokenizer::isAbbreviation(QStringView word)
{
    qsizetype upper = 0;
    qsizetype letters = 0;
    for (QChar c : word) {
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    if (letters < 2)
        return false;
    if (upper == letters)
        return true;
    // A plural or possessive of one: GPs, NSAIDs, GP's.
    if (upper >= 2 && upper == letters - 1 && word.back() == QLatin1Char('s'))
        return true;
    return false;
}

QList<QStringView> WordTokenizer::parts(QStringView word)
{
    QList<QStringView> out;
    qsizetype p = 0;
    while (p < word.size()) {
        qsizetype q = p;
        while (q < word.size() && !isHyphen(word.at(q)) && word.at(q) != QLatin1Char('/'))
            ++q;
        const QStringView part = word.mid(p, q - p);
        if (part.size() > 1 && !isAbbreviation(part))
            out.append(part);
        p = q + 1;
    }
    return out;
}

QList<WordTokenizer::Word> WordTokenizer::words(QStringView text)
{
    QList<Word> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isChunkChar(text.at(i))) {
            ++i;
            continue;
        }
        // A chunk: a run of non-space characters (a URL, a number, a word with its punctuation).
        qsizetype end = i;
        while (end < n && isChunkChar(text.at(end)))
            ++end;
        const QStringView chunk = text.mid(i, end - i);
        if (looksLikeUrlOrEmail(chunk)) {
            i = end;
            continue;
        }
        // Within the chunk: tokens of letters, digits, inner apostrophes and hyphens.
        qsizetype j = i;
        while (j < end) {
            if (!text.at(j).isLetterOrNumber()) {
                ++j;
                continue;
            }
            qsizetype k = j;
            while (k < end) {
                const QChar c = text.at(k);
                if (c.isLetterOrNumber() || c.isMark()) {
                    ++k;
                } else if ((isApostrophe(c) || isHyphen(c) || c == QLatin1Char('/')) && k + 1 < end
                           && text.at(k + 1).isLetterOrNumber()) {
                    ++k;
                } else {
                    break;
                }
            }
            const QStringView token = text.mid(j, k - j);
            j = k;
            bool hasDigit = false;
            for (QChar c : token)
                hasDigit = hasDigit || c.isDigit();
            // Words with digits (HbA1c, PHQ-9, 2nd, 07700 900123) are codes, doses or numbers.
            if (hasDigit || isAbbreviation(token))
                continue;
            if (token.size() > 1)
                out.append(Word{token.data() - text.data(), token.size()});
        }
        i = end;
    }
    return out;
}

} // namespace cpd
