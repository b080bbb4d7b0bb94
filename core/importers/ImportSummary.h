#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace cpd {

// What an import did. Malformed input fails the whole import instead (nothing stored).
struct ImportSummary
{
    int imported = 0;   // new finds stored
    int duplicates = 0; // already in the journal (same platform and original id)
    int skipped = 0;    // left out on purpose: filters, activities that are not posts, non-web links
    int errors = 0;     // well-formed records that could not be used (each explained in messages)
    QStringList messages;

    QJsonObject toJson() const
    {
        return QJsonObject{{QStringLiteral("imported"), imported},
                           {QStringLiteral("duplicates"), duplicates},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("errors"), errors},
                           {QStringLiteral("messages"), QJsonArray::fromStringList(messages)}};
    }
};

} // namespace cpd
