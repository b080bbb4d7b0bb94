#include "evidence/FeedRefresher.h"

#include "evidence/FeedParser.h"
#include "evidence/FeedRepository.h"

#include <QCoreApplication>

namespace cpd {

QJsonObject FeedRefresher::Outcome::toJson() const
{
    return QJsonObject{{QStringLiteral("feed_id"), feedId},
                       {QStringLiteral("url"), url},
                       {QStringLiteral("title"), title},
                       {QStringLiteral("new_items"), newItems},
                       {QStringLiteral("error"), error.isEmpty() ? QJsonValue() : QJsonValue(error)}};
}

FeedRefresher::FeedRefresher(Database& db, const Clock& clock, QNetworkAccessManager& manager, HttpFetcher::Options options)
    : m_db(db), m_clock(clock), m_manager(manager), m_options(std::move(options))
{
}

HttpFetcher::Options FeedRefresher::defaultOptions()
{
    HttpFetcher::Options o;
    o.accept = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
    return o;
}

Result<FeedRefresher::Outcome> FeedRefresher::refresh(const QString& feedId)
{
    FeedRepository feeds(m_db, m_clock);
    auto feed = feeds.get(feedId);
    if (!feed)
        return std::unexpected(feed.error());
    Outcome outcome{feed->id, feed->url, feed->title, 0, {}};
    auto response = HttpFetcher::fetch(m_manager, QUrl(feed->url), m_options);
    Result<FeedParser::Parsed> parsed = response ? FeedParser::parse(response->body, response->finalUrl)
                                                 : Result<FeedParser::Parsed>(std::unexpected(response.error()));
    if (parsed && response->truncated)
        parsed =
            fail(QCoreApplication::translate("FeedRefresher", "The feed is larger than %1 MiB.")
                     .arg(m_options.maxBytes / (1024 * 1024)));
    if (!parsed) {
        outcome.error = parsed.error().message;
        if (auto ok = feeds.storeError(feed->id, outcome.error); !ok)
            return std::unexpected(ok.error());
        return outcome;
    }
    auto added = feeds.storeRefresh(feed->id, *parsed);
    if (!added)
        return std::unexpected(added.error());
    outcome.newItems = *added;
    if (!parsed->title.isEmpty())
        outcome.title = parsed->title;
    return outcome;
}

Result<QList<FeedRefresher::Outcome>> FeedRefresher::refreshAll(const std::function<bool(int, int)>& progress)
{
    auto all = FeedRepository(m_db, m_clock).list();
    if (!all)
        return std::unexpected(all.error());
    QList<Outcome> out;
    for (qsizetype i = 0; i < all->size(); ++i) {
        if (progress && !progress(int(i), int(all->size())))
            break;
        auto one = refresh(all->at(i).id);
        if (!one)
            return std::unexpected(one.error());
        out.append(*one);
    }
    return out;
}

} // namespace cpd
