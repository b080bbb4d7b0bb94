#include "evidence/Feed.h"

namespace cpd {

namespace {
QJsonValue timestamp(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QJsonObject FeedItem::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},           {QStringLiteral("feed_id"), feedId},
                       {QStringLiteral("guid"), guid},       {QStringLiteral("title"), title},
                       {QStringLiteral("url"), url},         {QStringLiteral("summary"), summary},
                       {QStringLiteral("published"), timestamp(published)}};
}

QJsonObject Feed::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("site_url"), siteUrl},
                       {QStringLiteral("last_refreshed"), timestamp(lastRefreshed)},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("created"), timestamp(created)}};
}

} // namespace cpd
