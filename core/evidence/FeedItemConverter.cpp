#include "evidence/FeedItemConverter.h"

namespace cpd {

Guideline FeedItemConverter::toGuideline(const FeedItem& item, const Feed& feed)
{
    Guideline g;
    g.title = item.title.isEmpty() ? item.url : item.title;
    g.publisher = feed.title;
    g.url = item.url;
    g.identifier = Guideline::identifierFromUrl(QUrl(item.url));
    g.published = item.published.date();
    g.notes = item.summary;
    return g;
}

Entry FeedItemConverter::toEntry(const FeedItem& item, const Feed& feed, const QDate& today)
{
    Entry e;
    e.title = item.title.isEmpty() ? item.url : item.title;
    e.date = today;
    e.activity = QStringLiteral("reading");
    e.templateId = QStringLiteral("free");
    if (!item.summary.isEmpty())
        e.reflection.insert(QStringLiteral("text"), item.summary);
    e.links.append({QStringLiteral("web"), item.url, feed.title.isEmpty() ? e.title : QStringLiteral("%1: %2").arg(feed.title, e.title)});
    e.status = QStringLiteral("draft");
    return e;
}

} // namespace cpd
