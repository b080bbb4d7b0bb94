#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cpd {

struct FeedItem
{
    QString id;
    QString feedId;
    QString guid; // the feed's own id for the item (guid / atom:id, else its link)
    QString title;
    QString url;
    QString summary;
    QDateTime published;

    QJsonObject toJson() const;
};

// A subscribed RSS or Atom feed, e.g. a guideline publisher's "new guidance".
struct Feed
{
    QString id;
    QString url;
    QString title;
    QString siteUrl;
    QDateTime lastRefreshed;
    QString lastError;
    QDateTime created;

    QJsonObject toJson() const;
};

} // namespace cpd
