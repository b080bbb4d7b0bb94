#pragma once

#include "evidence/Feed.h"
#include "util/Result.h"

#include <QByteArray>
#include <QUrl>

namespace cpd {

// RSS 2.0 (and 0.9x/1.0 items) and Atom, read with QXmlStreamReader. Summaries lose their HTML.
class FeedParser
{
public:
    struct Parsed
    {
        QString title;
        QString siteUrl;
        QList<FeedItem> items;
    };

    static Result<Parsed> parse(const QByteArray& xml, const QUrl& feedUrl = {});
    static QDateTime parseDate(const QString& text);
    static QString plainText(const QString& html);
};

} // namespace cpd
