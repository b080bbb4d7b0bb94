#pragma once

#include "evidence/HttpFetcher.h"
#include "util/Result.h"

#include <QJsonObject>

namespace cpd {

class Clock;
class Database;

// Fetches every subscribed feed (blocking, in a local event loop: the CLI or a worker thread)
// and stores the new items. One feed failing does not stop the others.
class FeedRefresher
{
public:
    struct Outcome
    {
        QString feedId;
        QString url;
        QString title;
        int newItems = 0;
        QString error;
        QJsonObject toJson() const;
    };

    FeedRefresher(Database& db, const Clock& clock, QNetworkAccessManager& manager, HttpFetcher::Options options = defaultOptions());
    static HttpFetcher::Options defaultOptions();

    Result<Outcome> refresh(const QString& feedId);
    Result<QList<Outcome>> refreshAll(const std::function<bool(int done, int total)>& progress = {});

private:
    Database& m_db;
    const Clock& m_clock;
    QNetworkAccessManager& m_manager;
    HttpFetcher::Options m_options;
};

} // namespace cpd
