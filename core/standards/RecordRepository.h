#pragma once

#include "standards/DateRange.h"
#include "standards/Record.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// Reads and writes revalidation records. Records are few (tens, not thousands), so they are
// read whole.
class RecordRepository
{
public:
    RecordRepository(Database& db, const Clock& clock);

    // Validates and stores a new record; assigns a UUID when it has none.
    Result<Record> add(Record record);
    Result<Record> update(Record record);
    Result<Record> get(const QString& id) const;
    Status remove(const QString& id);
    // Oldest first; type empty for every type.
    Result<QList<Record>> list(const QString& type = {}) const;
    // The records that touch range (for the rules).
    Result<QList<Record>> overlapping(const DateRange& range) const;

private:
    Result<QList<Record>> load(const QString& where, const QVariantList& binds) const;
    Status write(const Record& record, bool isNew);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
