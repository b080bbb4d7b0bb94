#pragma once

#include "journal/Entry.h"
#include "journal/EntryFilter.h"
#include "journal/EntrySummary.h"
#include "util/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace cpd {

class Clock;
class Database;

// The only way entries are read and written. Every write is one transaction that keeps the
// entry, its tags, links, topics and search row together.
class EntryRepository
{
public:
    EntryRepository(Database& db, const Clock& clock);

    // Stores a new entry; assigns an id when it has none and stamps created/updated.
    Result<Entry> add(Entry entry);
    // Stores many new entries in one transaction: all of them, or none (imports, demo).
    // Where a batch's search rows go: into the search index, or, for a scratch journal that
    // another copies its entries from (import json), left unindexed in the table
    // pending_entry_fts (rowid = the entry's seq, title, reflection, tags, links) for the copy to
    // index once.
    enum class SearchRows { Indexed, Pending };
    Result<QList<Entry>> addMany(QList<Entry> entries, SearchRows rows = SearchRows::Indexed);
    // Replaces a stored entry; stamps updated.
    Result<Entry> update(Entry entry);
    Result<Entry> get(const QString& id) const;
    Result<bool> exists(const QString& id) const;

    Result<int> count(const EntryFilter& filter = {}) const;
    // Newest first (by date), a page at a time.
    Result<QList<EntrySummary>> summaries(const EntryFilter& filter, int offset, int limit) const;
    enum class Towards { End, Start };
    // The same rows read on from a row whose key is known: limit rows after skipping offset, from
    // just past `from` towards the end of the list or from just before it towards the start (no
    // `from`: from the list's first or last row), given in list order either way. A large offset
    // walks the index row by row; reading from a key near the page seeks straight to it.
    Result<QList<EntrySummary>> summaries(const EntryFilter& filter, const std::optional<EntryListKey>& from,
                                          Towards towards, int offset, int limit) const;
    // Whole entries, newest first, for exports and list --json.
    Result<QList<Entry>> entries(const EntryFilter& filter = {}) const;
    // The same entries a page at a time, so that nobody holds 100,000 of them: page() gets up to
    // pageSize entries in `order` (an ORDER BY on alias e that orders every entry, such as
    // "e.seq"); an error it returns stops the walk and is returned.
    Status forEachPage(const EntryFilter& filter, const QString& order, int pageSize,
                       const std::function<Status(const QList<Entry>&)>& page) const;
    Result<QStringList> allTags() const;

    Status moveToTrash(const QString& id);
    Status restore(const QString& id);
    // Deletes for good an entry that is already in the trash.
    Status purge(const QString& id);
    Result<int> emptyTrash();

private:
    Status write(Entry& entry, bool isNew);
    Result<QList<Entry>> load(const QString& where, const QVariantList& binds,
                              const QString& orderAndLimit) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
