#pragma once

#include <QString>

namespace cpd {

// Turns what a person types into a safe FTS5 query: every word must match (AND), "quoted
// phrases" match as phrases, a trailing * matches a prefix, and nothing a person types can be
// an FTS5 syntax error.
class FtsQuery
{
public:
    // An empty result means there is nothing to search for.
    static QString fromUserText(const QString& text);
};

} // namespace cpd
