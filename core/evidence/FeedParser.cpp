#include "evidence/FeedParser.h"

#include "evidence/PageMetadataParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace cpd {

QDateTime FeedParser::parseDate(const QString& raw)
{
    const QString text = raw.trimmed();
    QDateTime t = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        // "Tue, 03 Mar 2026 20:00:00 GMT" with a zone name Qt does not know.
        static const QRegularExpression zoneName(QStringLiteral("\\s+(GMT|UTC|UT|Z|BST|[A-Z]{3})$"));
        QString stripped = text;
        stripped.remove(zoneName);
        t = QDateTime::fromString(stripped + QStringLiteral(" +0000"), Qt::RFC2822Date);
    }
    if (!t.isValid()) {
        const QDate d = PageMetadataParser::parseDate(text);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return t.isValid() ? t.toUTC() : QDateTime();
}

QString FeedParser::plainText(const QString& html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("<(br|/p|/div|/li)[^>]*>"), QRegularExpression::CaseInsensitiveOption),
                 QStringLiteral(" "));
    text.remove(tags);
    return PageMetadataParser::decodeEntities(text).simplified();
}

Result<FeedParser::Parsed> FeedParser::parse(const QByteArray& xml, const QUrl& feedUrl)
{
    QXmlStreamReader r(xml);
    Parsed out;
    enum class Kind { Unknown, Rss, Atom } kind = Kind::Unknown;
    FeedItem item;
    bool inItem = false;
    int depth = 0;
    int itemDepth = 0;
    auto resolve = [&](const QString& href) { return href.isEmpty() ? QString() : feedUrl.resolved(QUrl(href.trimmed())).toString(); };
    auto finishItem = [&] {
        if (item.guid.isEmpty())
            item.guid = !item.url.isEmpty() ? item.url : item.title;
        item.title = plainText(item.title);
        item.summary = plainText(item.summary);
        if (item.summary.size() > 2000)
            item.summary = item.summary.left(1999) + QChar(0x2026);
        if (!item.guid.isEmpty())
            out.items.append(item);
        item = {};
        inItem = false;
    };

    while (!r.atEnd()) {
        const auto token = r.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = r.name().toString().toLower();
            if (kind == Kind::Unknown) {
                if (name == QLatin1String("rss") || name == QLatin1String("rdf"))
                    kind = Kind::Rss;
                else if (name == QLatin1String("feed"))
                    kind = Kind::Atom;
                else
                    return fail(
                        QCoreApplication::translate(
                            "FeedParser", "This is not an RSS or Atom feed (it starts with <%1>).")
                            .arg(r.name().toString()));
                continue;
            }
            if ((kind == Kind::Rss && name == QLatin1String("item")) || (kind == Kind::Atom && name == QLatin1String("entry"))) {
                inItem = true;
                itemDepth = depth;
                continue;
            }
            if (name == QLatin1String("channel") || name == QLatin1String("items") || name == QLatin1String("seq")
                || name == QLatin1String("image") || name == QLatin1String("author") || name == QLatin1String("source"))
                continue; // containers: their children are read one by one
            if (name == QLatin1String("link") && kind == Kind::Atom) {
                const QString rel = r.attributes().value(QLatin1String("rel")).toString();
                const QString href = resolve(r.attributes().value(QLatin1String("href")).toString());
                if (rel.isEmpty() || rel == QLatin1String("alternate")) {
                    if (inItem && item.url.isEmpty())
                        item.url = href;
                    else if (!inItem && out.siteUrl.isEmpty())
                        out.siteUrl = href;
                }
                continue;
            }
            const bool prefixed = !r.prefix().isEmpty() && r.prefix() != QLatin1String("atom");
            const QString ns = r.namespaceUri().toString();
            if (prefixed && !ns.contains(QLatin1String("purl.org/dc")) && name != QLatin1String("encoded"))
                continue; // media:title, itunes:… and the like
            const QString text = r.readElementText(QXmlStreamReader::IncludeChildElements);
            --depth; // readElementText consumed the end element
            if (r.hasError())
                break;
            if (inItem) {
                if (name == QLatin1String("title"))
                    item.title = text;
                else if (name == QLatin1String("link") && item.url.isEmpty())
                    item.url = resolve(text);
                else if (name == QLatin1String("guid") || name == QLatin1String("id"))
                    item.guid = text.trimmed();
                else if (name == QLatin1String("description") || name == QLatin1String("summary")
                         || (name == QLatin1String("content") && item.summary.isEmpty())
                         || (name == QLatin1String("encoded") && item.summary.isEmpty()))
                    item.summary = text;
                else if ((name == QLatin1String("pubdate") || name == QLatin1String("published") || name == QLatin1String("date")
                          || (name == QLatin1String("updated") && !item.published.isValid())))
                    item.published = parseDate(text);
            } else {
                if (name == QLatin1String("title") && out.title.isEmpty())
                    out.title = plainText(text);
                else if (name == QLatin1String("link") && out.siteUrl.isEmpty())
                    out.siteUrl = resolve(text);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (inItem && depth == itemDepth)
                finishItem();
            --depth;
        }
    }
    if (r.hasError())
        return fail(QCoreApplication::translate("FeedParser",
                                                "The feed is not well-formed XML: %1 (line %2).")
                        .arg(r.errorString())
                        .arg(r.lineNumber()));
    if (kind == Kind::Unknown)
        return fail(QCoreApplication::translate("FeedParser", "The feed is empty."));
    return out;
}

} // namespace cpd
