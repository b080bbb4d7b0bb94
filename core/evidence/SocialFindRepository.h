#pragma once

#include "evidence/SocialFind.h"
#include "util/Result.h"

#include <QList>

#include <functional>

namespace cpd {

class Clock;
class Database;

// Social-media finds. Imports go through importMany: one transaction, idempotent on
// (platform, original id), reporting progress and cancellable.
class SocialFindRepository
{
public:
    struct Stored
    {
        int inserted = 0;
        int duplicates = 0;
    };
    // Called every so often with (done, total); returning false cancels and rolls back.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    SocialFindRepository(Database& db, const Clock& clock);

    Result<SocialFind> add(SocialFind find);
    // All of finds, or none: a find already stored (same platform and original id) is counted
    // as a duplicate and left as it was.
    Result<Stored> importMany(const QList<SocialFind>& finds, const Progress& progress = {});
    // Newest first by posted time (finds without one last).
    Result<QList<SocialFind>> list() const;
    Result<SocialFind> get(const QString& id) const;
    Status update(const SocialFind& find);
    Status remove(const QString& id);
    Result<int> count() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
