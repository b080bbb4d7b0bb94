#pragma once

#include "journal/Entry.h"

#include <QByteArray>

namespace cpd {

// An entry's JSON form (EntryJson::toJson) as the text QJsonDocument::toJson(Indented) makes of
// it, byte for byte, written straight from the Entry: exports and list --json write 100,000
// entries without building a QJsonObject for each. Nested `level` deep as IndentedJson says.
class EntryJsonWriter
{
public:
    static void append(QByteArray& out, const Entry& entry, int level);
};

} // namespace cpd
