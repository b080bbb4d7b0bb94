#pragma once

#include "journal/Entry.h"
#include "util/Result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cpd {

// The one JSON form of an entry, shared by add, show, list --json, export and import.
// Unknown top-level keys survive a round trip through Entry::extra.
class EntryJson
{
public:
    static QJsonObject toJson(const Entry& entry);
    enum class Check { Validate, TypesOnly };
    // Reads and validates; every problem is named in the error, one per line. TypesOnly is for
    // autosaved drafts, which may be half written.
    static Result<Entry> fromJson(const QJsonObject& object, Check check = Check::Validate);
    // Parses a document holding one entry object or an array of them.
    static Result<QList<Entry>> parseDocument(const QByteArray& bytes);
    static QJsonArray toJsonArray(const QList<Entry>& entries);

    static QString dateToString(const QDate& date);
    static QString timestampToString(const QDateTime& when);
    static QStringList knownKeys();
};

} // namespace cpd
