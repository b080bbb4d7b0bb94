#pragma once

#include "evidence/Guideline.h"
#include "util/Result.h"

#include <QList>

namespace cpd {

class Clock;
class Database;

// The guideline library: stores, lists and removes guidelines.
class GuidelineRepository
{
public:
    GuidelineRepository(Database& db, const Clock& clock);

    // Stores a new guideline: assigns an id and stamps created.
    Result<Guideline> add(Guideline guideline);
    Result<Guideline> update(const Guideline& guideline);
    Result<Guideline> get(const QString& id) const;
    // Sorted by title, each with the ids of the entries it is linked to.
    Result<QList<Guideline>> list() const;
    Status remove(const QString& id);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
