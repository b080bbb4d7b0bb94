#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

// The closed lists an entry draws from: ids are the JSON contract, labels are UK English
// source strings translated through Qt Linguist.
class Vocabulary
{
public:
    struct Term
    {
        QString id;
        QString label; // translated
    };

    static QList<Term> activities();
    static QList<Term> codeThemes();
    static QList<Term> gmpDomains();
    static QList<Term> feedbackSources();
    static QList<Term> feedbackTypes();
    static QList<Term> statuses();
    static QList<Term> topicLevels();

    // Terms written in code with labels marked QT_TRANSLATE_NOOP(context, …), translated now.
    struct RawTerm
    {
        const char* id;
        const char* label;
    };
    template <size_t N>
    static QList<Term> translated(const char* context, const RawTerm (&raw)[N])
    {
        QList<Term> out;
        out.reserve(N);
        for (const RawTerm& t : raw)
            out.append({QString::fromLatin1(t.id), QCoreApplication::translate(context, t.label)});
        return out;
    }

    static QStringList ids(const QList<Term>& terms);
    // The label of id in terms, or id itself when unknown.
    static QString label(const QList<Term>& terms, const QString& id);
};

} // namespace cpd
