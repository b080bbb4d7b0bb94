#pragma once

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

    static QStringList ids(const QList<Term>& terms);
    // The label of id in terms, or id itself when unknown.
    static QString label(const QList<Term>& terms, const QString& id);
};

} // namespace cpd
