#include "evidence/FeedRepository.h"

#include "evidence/HttpFetcher.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

namespace {

// Null QStrings bind as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kFeedColumns = QStringLiteral("id, url, title, site_url, last_refreshed, last_error, created");
const QString kItemColumns = QStringLiteral("id, feed_id, guid, title, url, summary, published");

Feed readFeed(const QSqlQuery& q)
{
    Feed f;
    f.id = q.value(0).toString();
    f.url = q.value(1).toString();
    f.title = q.value(2).toString();
    f.siteUrl = q.value(3).toString();
    f.lastRefreshed = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    f.lastError = q.value(5).toString();
    f.created = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return f;
}

FeedItem readItem(const QSqlQuery& q)
{
    FeedItem i;
    i.id = q.value(0).toString();
    i.feedId = q.value(1).toString();
    i.guid = q.value(2).toString();
    i.title = q.value(3).toString();
    i.url = q.value(4).toString();
    i.summary = q.value(5).toString();
    i.published = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    return i;
}

} // namespace

FeedRepository::FeedRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<Feed> FeedRepository::add(const QString& url)
{
    const QUrl u(url.trimmed(), QUrl::StrictMode);
    if (auto ok = HttpFetcher::checkScheme(u); !ok)
        return std::unexpected(ok.error());
    Feed f;
    f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    f.url = u.toString();
    f.created = m_clock.now().toUTC();
    auto existing =
        Sql::scalar(m_db.connection(), QStringLiteral("SELECT id FROM feeds WHERE url = ?"),
                    QCoreApplication::translate("FeedRepository", "read the feeds"), {f.url});
    if (!existing)
        return std::unexpected(existing.error());
    if (!existing->isNull())
        return fail(
            QCoreApplication::translate("FeedRepository", "You already follow %1.").arg(f.url));
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO feeds (id, url, created) VALUES (?, ?, ?)"));
    q.addBindValue(f.id);
    q.addBindValue(f.url);
    q.addBindValue(f.created.toString(Qt::ISODate));
    if (auto ok = Sql::exec(q, QCoreApplication::translate("FeedRepository", "save the feed")); !ok)
        return std::unexpected(ok.error());
    return f;
}

Result<QList<Feed>> FeedRepository::list() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT %1 FROM feeds ORDER BY created, url").arg(kFeedColumns)))
        return fail(Sql::describe(q.lastError(),
                                  QCoreApplication::translate("FeedRepository", "read the feeds")));
    QList<Feed> out;
    while (q.next())
        out.append(readFeed(q));
    return out;
}

Result<Feed> FeedRepository::get(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM feeds WHERE id = ?").arg(kFeedColumns));
    q.addBindValue(id);
    if (auto ok = Sql::exec(q, QCoreApplication::translate("FeedRepository", "read the feed")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(
            QCoreApplication::translate("FeedRepository", "There is no feed with id %1.").arg(id));
    return readFeed(q);
}

Status FeedRepository::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, QCoreApplication::translate("FeedRepository", "remove the feed"));
}

Result<QList<FeedItem>> FeedRepository::items(const QString& feedId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM feed_items WHERE feed_id = ? ORDER BY published IS NULL, published DESC, fetched DESC")
                  .arg(kItemColumns));
    q.addBindValue(feedId);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("FeedRepository", "read the feed's items"));
        !ok)
        return std::unexpected(ok.error());
    QList<FeedItem> out;
    while (q.next())
        out.append(readItem(q));
    return out;
}

Result<FeedItem> FeedRepository::item(const QString& itemId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM feed_items WHERE id = ?").arg(kItemColumns));
    q.addBindValue(itemId);
    if (auto ok = Sql::exec(q, QCoreApplication::translate("FeedRepository", "read the feed item"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(
            QCoreApplication::translate("FeedRepository", "There is no feed item with id %1.")
                .arg(itemId));
    return readItem(q);
}

Result<int> FeedRepository::storeRefresh(const QString& feedId, const FeedParser::Parsed& parsed)
{
    int added = 0;
    const QString now = m_clock.now().toUTC().toString(Qt::ISODate);
    Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO feed_items (id, feed_id, guid, title, url, summary, published, fetched) "
                                 "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (feed_id, guid) DO NOTHING"));
        for (const FeedItem& i : parsed.items) {
            const QVariantList values = {QUuid::createUuid().toString(QUuid::WithoutBraces), feedId, i.guid, nn(i.title), nn(i.url),
                                         nn(i.summary),
                                         i.published.isValid() ? QVariant(i.published.toUTC().toString(Qt::ISODate))
                                                               : QVariant(QMetaType(QMetaType::QString)),
                                         now};
            for (int k = 0; k < values.size(); ++k)
                q.bindValue(k, values.at(k));
            if (auto ok = Sql::exec(
                    q, QCoreApplication::translate("FeedRepository", "save the feed's items"));
                !ok)
                return ok;
            added += q.numRowsAffected() > 0 ? 1 : 0;
        }
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("UPDATE feeds SET title = CASE WHEN ? <> '' THEN ? ELSE title END, "
                                 "site_url = CASE WHEN ? <> '' THEN ? ELSE site_url END, last_refreshed = ?, last_error = '' "
                                 "WHERE id = ?"));
        for (const QString& v : {nn(parsed.title), nn(parsed.title), nn(parsed.siteUrl), nn(parsed.siteUrl), now, feedId})
            f.addBindValue(v);
        return Sql::exec(f, QCoreApplication::translate("FeedRepository", "save the feed"));
    });
    if (!saved)
        return std::unexpected(saved.error());
    return added;
}

Status FeedRepository::storeError(const QString& feedId, const QString& error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET last_error = ?, last_refreshed = ? WHERE id = ?"));
    q.addBindValue(nn(error));
    q.addBindValue(m_clock.now().toUTC().toString(Qt::ISODate));
    q.addBindValue(feedId);
    return Sql::exec(q, QCoreApplication::translate("FeedRepository", "save the feed"));
}

} // namespace cpd
