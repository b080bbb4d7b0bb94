#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace cpd {

// What the journal list and search narrow down to. Empty fields do not filter.
struct EntryFilter
{
    enum class Place { Journal, Trash };

    Place place = Place::Journal;
    QDate from;
    QDate to;
    QString activity;
    QString tag;
    QString status;
    QString topicId;
    QString topicLevel;

    // A WHERE clause over the entries table aliased as alias, with its bound values appended.
    QString whereClause(const QString& alias, QVariantList& binds) const;
    bool operator==(const EntryFilter&) const = default;
};

} // namespace cpd
