#pragma once

#include <QString>
#include <QStringList>

namespace cpd {

// A topic proposed for a piece of writing, and why: the catalogue words or phrases it matched,
// the strongest first.
struct TopicSuggestion
{
    QString id;
    QString title;
    double score = 0;
    QStringList matched;
};

} // namespace cpd
