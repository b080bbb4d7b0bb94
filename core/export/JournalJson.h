#pragma once

#include "util/Result.h"

#include <QJsonObject>

namespace cpd {

class Clock;
class Database;

// The whole journal as one JSON document, lossless and re-importable:
//   {"format": "cpdjournal-journal", "version": 1, "profile": {…} | null,
//    "entries": [EntryJson…], "trash": [{"deleted_at", "entry": EntryJson}],
//    "records": [Record JSON + "created"/"updated"], "tables": {"guidelines": [rows…], …}}
// Entries and records keep their ids and timestamps; evidence and topic-learning tables travel
// as rows (column name → value). Autosaved drafts are not part of it.
class JournalJson
{
public:
    struct ImportCounts
    {
        int entries = 0;
        int trashed = 0;
        int records = 0;
        bool profile = false;
        int rows = 0; // evidence and topic-feedback rows
    };

    static constexpr int kVersion = 1;
    static QString formatName() { return QStringLiteral("cpdjournal-journal"); }

    static Result<QJsonObject> exportJournal(Database& db);
    // Restores a document made by exportJournal: all of it in one transaction, or nothing.
    // Anything already in the journal with the same id (an entry, a record, an evidence row) or a
    // different profile is refused with the first few clashes named; nothing is merged.
    static Result<ImportCounts> importJournal(Database& db, const Clock& clock, const QByteArray& bytes);

    // The evidence and learning tables carried as rows, in the order they are restored.
    static QStringList tables();
};

} // namespace cpd
