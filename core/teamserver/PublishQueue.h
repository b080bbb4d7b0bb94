#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

class Clock;
class Database;

// Changes waiting for the team server (table team_publish_queue, migration 011): offline first,
// so publishing never depends on the network. A newer change to the same item replaces the
// queued one; an item leaves only when the server has confirmed it (remove()).
class PublishQueue
{
public:
    struct Item
    {
        qint64 seq = 0;
        QString kind; // "summary" or "entry"
        QString key;  // the summary's member id, or the entry's id
        QJsonObject payload;
        QDateTime queued;
        int attempts = 0;
        QString lastError;
    };

    PublishQueue(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // The summary JSON (TeamSummary::toJson()); its shared entries are queued separately.
    Status enqueueSummary(const QString& memberId, const QJsonObject& summary);
    // An entry shared with these manager logins; an empty list withdraws it from the server.
    Status enqueueEntry(const QString& entryId, const QJsonObject& entry,
                        const QStringList& managerLogins);

    Result<QList<Item>> pending() const;
    Result<int> size() const;
    Status remove(const QList<qint64>& seqs);
    // Notes a failed attempt on every pending item (the queue itself is kept).
    Status noteFailure(const QString& error);

private:
    Status enqueue(const QString& kind, const QString& key, const QJsonObject& payload);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
