#include "topics/TopicText.h"

#include <QHash>
#include <QSet>

namespace cpd {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isVowel(QChar c)
{
    switch (c.unicode()) {
    case 'a': case 'e': case 'i': case 'o': case 'u': case 'y':
        return true;
    default:
        return false;
    }
}

bool hasVowel(const QString& w, qsizetype upTo)
{
    for (qsizetype i = 0; i < upTo && i < w.size(); ++i) {
        if (isVowel(w.at(i)))
            return true;
    }
    return false;
}

// American (and other variant) spellings mapped onto one form, whole words first.
const QHash<QString, QString>& wordSpellings()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> m;
        const char* pairs[][2] = {
            {"program", "programme"}, {"programs", "programmes"}, {"aging", "ageing"},
            {"gray", "grey"}, {"mold", "mould"}, {"moldy", "mouldy"}, {"mom", "mum"}, {"moms", "mums"},
            {"counseling", "counselling"}, {"counselor", "counsellor"}, {"counselors", "counsellors"},
            {"traveling", "travelling"}, {"traveled", "travelled"}, {"traveler", "traveller"},
            {"travelers", "travellers"}, {"modeling", "modelling"}, {"labeled", "labelled"},
            {"labeling", "labelling"}, {"canceled", "cancelled"}, {"enroll", "enrol"},
            {"enrollment", "enrolment"}, {"fulfill", "fulfil"}, {"skeptical", "sceptical"},
            {"license", "licence"}, {"defense", "defence"}, {"offense", "offence"},
            {"center", "centre"}, {"centers", "centres"}, {"fiber", "fibre"}, {"theater", "theatre"},
            {"liter", "litre"}, {"liters", "litres"}, {"catalog", "catalogue"}, {"dialog", "dialogue"},
            {"vapor", "vapour"}, {"odor", "odour"}, {"humor", "humour"}, {"color", "colour"},
            {"favor", "favour"}, {"tire", "tyre"}, {"cigaret", "cigarette"}, {"sulfur", "sulphur"},
        };
        for (const auto& p : pairs)
            m.insert(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]));
        return m;
    }();
    return map;
}

// Word beginnings spelled differently in American English.
const QList<std::pair<QString, QString>>& prefixSpellings()
{
    static const QList<std::pair<QString, QString>> list = [] {
        QList<std::pair<QString, QString>> l;
        const char* pairs[][2] = {
            {"behavior", "behaviour"}, {"tumor", "tumour"}, {"labor", "labour"},
            {"neighbor", "neighbour"}, {"practis", "practic"}, {"anesthe", "anaesthe"},
        };
        for (const auto& p : pairs)
            l.append({QString::fromLatin1(p[0]), QString::fromLatin1(p[1])});
        return l;
    }();
    return list;
}

void normaliseSpelling(QString& w)
{
    const auto& words = wordSpellings();
    if (auto it = words.constFind(w); it != words.cend())
        w = *it;
    for (const auto& [us, uk] : prefixSpellings()) {
        if (w.startsWith(us)) {
            w.replace(0, us.size(), uk);
            break;
        }
    }
    // -ize/-ization/-yze → -ise/-isation/-yse
    for (qsizetype i = 1; i + 1 < w.size(); ++i) {
        if (w.at(i) == QLatin1Char('z') && (w.at(i - 1) == QLatin1Char('i') || w.at(i - 1) == QLatin1Char('y'))
            && (w.at(i + 1) == QLatin1Char('e') || w.at(i + 1) == QLatin1Char('a')
                || w.at(i + 1) == QLatin1Char('i'))) {
            w[i] = QLatin1Char('s');
        }
    }
    // Classical ae/oe (anaemia, paediatric, oedema, oestrogen, diarrhoea) → e: both spellings meet.
    if (w.size() >= 6) {
        for (qsizetype i = 0; i + 2 < w.size(); ++i) {
            const QChar a = w.at(i), b = w.at(i + 1), c = w.at(i + 2);
            if (b != QLatin1Char('e'))
                continue;
            const bool ae = a == QLatin1Char('a') && i > 0
                && (c == QLatin1Char('m') || c == QLatin1Char('d') || c == QLatin1Char('c')
                    || c == QLatin1Char('s'));
            const bool oe = a == QLatin1Char('o')
                && (c == QLatin1Char('d') || c == QLatin1Char('s') || c == QLatin1Char('t')
                    || c == QLatin1Char('a'));
            if (ae || oe)
                w.remove(i, 1);
        }
    }
}

bool endsWith(const QString& w, const char* suffix)
{
    return w.endsWith(QLatin1String(suffix));
}

void undouble(QString& w)
{
    const qsizetype n = w.size();
    if (n >= 3 && w.at(n - 1) == w.at(n - 2) && !isVowel(w.at(n - 1)) && w.at(n - 1) != QLatin1Char('l')
        && w.at(n - 1) != QLatin1Char('s') && w.at(n - 1) != QLatin1Char('z')) {
        w.chop(1);
    }
}

} // namespace

void TopicText::forEachWord(QStringView text, const std::function<void(QString&&)>& sink)
{
    QString word;
    word.reserve(32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber()) {
            word.append(c.toLower());
        } else if (isApostrophe(c) && !word.isEmpty() && i + 1 < text.size() && text.at(i + 1).isLetter()) {
            continue; // "children's" → "childrens", "Alzheimer's" → "alzheimers"
        } else if (!word.isEmpty()) {
            sink(std::move(word));
            word = QString();
            word.reserve(32);
        }
    }
    if (!word.isEmpty())
        sink(std::move(word));
}

QString TopicText::stem(QString w)
{
    if (w.size() <= 2)
        return w;
    normaliseSpelling(w);

    // Plurals.
    if (w.size() > 4 && endsWith(w, "ies")) {
        w.chop(3);
        w.append(QLatin1Char('y'));
    } else if (endsWith(w, "sses") || endsWith(w, "xes") || endsWith(w, "ches") || endsWith(w, "shes")) {
        w.chop(2);
    } else if (w.size() > 3 && w.endsWith(QLatin1Char('s')) && !endsWith(w, "ss") && !endsWith(w, "us")
               && !endsWith(w, "is")) {
        w.chop(1);
    }

    // Verb endings.
    bool verb = false;
    if (w.size() >= 6 && endsWith(w, "ing") && hasVowel(w, w.size() - 3)) {
        w.chop(3);
        verb = true;
    } else if (w.size() >= 5 && endsWith(w, "ed") && !endsWith(w, "eed") && hasVowel(w, w.size() - 2)) {
        w.chop(2);
        verb = true;
    }
    if (verb) {
        undouble(w);
        if (w.size() >= 7 && endsWith(w, "at"))
            w.chop(2); // vaccinat(ed) → vaccin, as vaccine and vaccination
        return w;
    }

    // Derivational endings, longest first; at least four letters stay.
    static const char* suffixes[] = {
        "isation", "ability", "ibility", "ational", "ication", "ically", "ations", "ation", "ments",
        "ment", "iness", "ness", "ities", "ity", "ical", "ism", "ist", "ance", "ence", "ancy", "ency",
        "able", "ible", "ous", "ant", "ent", "ic", "al", "er",
    };
    for (const char* s : suffixes) {
        const qsizetype len = qsizetype(qstrlen(s));
        if (w.size() - len >= 4 && endsWith(w, s)) {
            if (qstrcmp(s, "isation") == 0)
                w.chop(5); // immunisation → immunis, as immunise(d)
            else
                w.chop(len);
            return w;
        }
    }
    if (w.size() >= 5 && (w.endsWith(QLatin1Char('e')) || (w.endsWith(QLatin1Char('y')) && !isVowel(w.at(w.size() - 2)))))
        w.chop(1);
    if (w.size() >= 7 && endsWith(w, "at"))
        w.chop(2);
    return w;
}

bool TopicText::isStopWord(const QString& word)
{
    static const QSet<QString> stop = [] {
        QSet<QString> s;
        const char* words[] = {
            "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
            "with", "without", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been",
            "being", "it", "its", "this", "that", "these", "those", "i", "me", "my", "we", "our", "us",
            "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "there", "here",
            "what", "which", "who", "whom", "how", "when", "where", "why", "not", "no", "so", "if",
            "then", "than", "too", "very", "can", "could", "would", "should", "will", "shall", "may",
            "might", "must", "do", "does", "did", "done", "have", "has", "had", "all", "any", "some",
            "more", "most", "much", "many", "also", "now", "just", "only", "over", "under", "after",
            "before", "again", "other", "such", "own", "same", "each", "every", "up", "down", "out",
            "off", "good", "new", "patient", "patients", "people", "person", "care", "health", "life",
            "lives", "time", "day", "week", "year", "years",
        };
        for (const char* w : words)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return stop.contains(word);
}

QStringList TopicText::stems(QStringView phrase)
{
    QStringList out;
    forEachWord(phrase, [&out](QString&& w) { out.append(stem(std::move(w))); });
    return out;
}

} // namespace cpd
