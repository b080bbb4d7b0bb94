#pragma once

#include "privacy/Finding.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>

namespace cpd {

class Database;
struct Entry;
struct Portfolio;

// The confidentiality check every export passes: all the free text that would leave the journal
// is scanned, the person's "not an identifier" answers are taken off, and what is left blocks the
// export (unless the person says to go ahead).
//
// Scanned: entry titles, reflections, tags and link titles; practice descriptions, discussion
// summaries and PDP reviews; the evidence index (case notes, finds, guideline notes). Not
// scanned: the fields the NMC forms ask for on purpose (the registrant's, the discussion
// partner's and the confirmer's names, Pins, emails and professional addresses), which identify
// professionals who agreed to be named, not patients.
class PrivacyGate
{
public:
    struct Piece
    {
        QString sourceId;    // the entry or record id
        QString sourceTitle; // its title or a description
        QString text;
    };
    struct Hit
    {
        QString sourceId;
        QString sourceTitle;
        Finding finding;
    };

    static QList<Piece> piecesOf(const Portfolio& portfolio);
    // Everything in a whole-journal JSON export (JournalJson) that is free text.
    static QList<Piece> piecesOfJournal(const QJsonObject& journal);
    // The same pieces piecesOfJournal finds in these entries of its "entries".
    static QList<Piece> piecesOfEntries(const QList<Entry>& entries);

    // The findings left after the person's dismissals, in the order of the pieces.
    static Result<QList<Hit>> check(Database& db, const QList<Piece>& pieces);

    // "Entry title (id): person_name: Mrs Patel" — one line per hit, for the CLI and logs.
    static QString describe(const Hit& hit);
};

} // namespace cpd
