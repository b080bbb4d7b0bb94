#pragma once

#include "journal/Entry.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>

namespace cpd {

class Clock;
class Database;

// Autosaved editor state. A draft is written every few seconds while a person types and removed
// when the entry is saved or discarded; drafts left behind by a crash are offered back.
class DraftStore
{
public:
    struct Draft
    {
        QString key;     // one per open editor
        QString entryId; // the stored entry being edited, empty for a new one
        Entry entry;
        QDateTime saved;
    };

    DraftStore(Database& db, const Clock& clock);

    Status save(const QString& key, const QString& entryId, const Entry& entry);
    Status remove(const QString& key);
    Result<QList<Draft>> all() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
