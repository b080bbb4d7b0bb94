#pragma once

#include "journal/Entry.h"
#include "util/Result.h"

#include <QJsonObject>

#include <functional>

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
    // The same document as text, byte for byte QJsonDocument(exportJournal(db)).toJson(Indented),
    // written as the entries are read, a page at a time (one QJsonObject of 100,000 entries took
    // 1.8 GB). Before they are written, seeEntries gets each page of the live entries (in the
    // journal's order) and seeRest everything else of the document (all but "entries"); an error
    // either returns stops the export and is returned.
    static Result<QByteArray> exportText(Database& db,
                                         const std::function<Status(const QList<Entry>&)>& seeEntries = {},
                                         const std::function<Status(const QJsonObject&)>& seeRest = {});
    // Restores a document made by exportJournal: all of it in one transaction, or nothing.
    // Anything already in the journal with the same id (an entry, a record, an evidence row) or a
    // different profile is refused with the first few clashes named; nothing is merged.
    static Result<ImportCounts> importJournal(Database& db, const Clock& clock, const QByteArray& bytes);

    // The evidence and learning tables carried as rows, in the order they are restored.
    static QStringList tables();
};

} // namespace cpd
