#pragma once

#include "evidence/SocialFind.h"
#include "journal/Entry.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace cpd {

// Posts that share a chat hashtag within one evening: a participatory CPD entry waiting for
// the user to accept, edit or discard it.
struct ChatSuggestion
{
    QString key; // lower-case hashtag @ evening date, e.g. "wenurses@2026-03-03" ("…#2" for a second session)
    QString hashtag;
    QDate date;
    QDateTime start;
    QDateTime end;
    QList<SocialFind> posts; // oldest first

    int durationMinutes() const { return int(start.secsTo(end) / 60); }
    // Hours to record: first to last post, rounded up to a quarter hour, at least a quarter.
    double hours() const;
    // The entry accepting it would store (a draft the user may edit first).
    Entry toEntry() const;
    QJsonObject toJson() const;
};

} // namespace cpd
