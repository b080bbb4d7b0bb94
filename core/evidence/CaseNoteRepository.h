#pragma once

#include "evidence/CaseNote.h"
#include "util/Result.h"

#include <QList>

namespace cpd {

class Clock;
class Database;
class IdentifierCheck;

// Case notes. Every save passes the identifier check first: a note that may identify a
// patient is refused with what was found, and nothing is stored.
class CaseNoteRepository
{
public:
    CaseNoteRepository(Database& db, const Clock& clock, const IdentifierCheck& check);

    // Stores a new case note and links it to its entries (which must exist), in one transaction.
    Result<CaseNote> add(CaseNote note);
    Result<CaseNote> update(const CaseNote& note);
    Result<QList<CaseNote>> list() const;
    Result<CaseNote> get(const QString& id) const;
    Status remove(const QString& id);

private:
    Status checkIdentifiers(const CaseNote& note) const;

    Database& m_db;
    const Clock& m_clock;
    const IdentifierCheck& m_check;
};

} // namespace cpd
