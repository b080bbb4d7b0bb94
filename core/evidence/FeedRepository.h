#pragma once

#include "evidence/Feed.h"
#include "evidence/FeedParser.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// Feed subscriptions and their items. Storing a refresh is idempotent: items already known
// (same guid) are left as they are.
class FeedRepository
{
public:
    FeedRepository(Database& db, const Clock& clock);

    Result<Feed> add(const QString& url);
    Result<QList<Feed>> list() const;
    Result<Feed> get(const QString& id) const;
    Status remove(const QString& id);
    // Newest first.
    Result<QList<FeedItem>> items(const QString& feedId) const;
    Result<FeedItem> item(const QString& itemId) const;
    // Stores what a refresh found (in one transaction); returns how many items were new.
    Result<int> storeRefresh(const QString& feedId, const FeedParser::Parsed& parsed);
    Status storeError(const QString& feedId, const QString& error);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
