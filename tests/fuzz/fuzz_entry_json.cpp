// The entry JSON form (add, show --json, import): one entry or a list of them. What parses must
// come back through toJson and parse again to the same JSON (the README's promise).
#include "FuzzSupport.h"
#include "journal/EntryJson.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto entries = cpd::EntryJson::parseDocument(cpd::fuzz::bytes(data, size));
    if (!entries)
        return 0;
    const QJsonArray once = cpd::EntryJson::toJsonArray(*entries);
    const auto again =
        cpd::EntryJson::parseDocument(QJsonDocument(once).toJson(QJsonDocument::Compact));
    if (!again) {
        std::fprintf(stderr, "%s\n", qPrintable(again.error().message));
        cpd::fuzz::broken("an entry that parsed does not parse again after toJson");
    }
    if (cpd::EntryJson::toJsonArray(*again) != once)
        cpd::fuzz::broken("an entry changed on its way through toJson and back");
    return 0;
}
