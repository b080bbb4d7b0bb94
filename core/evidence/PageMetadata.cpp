#include "evidence/PageMetadata.h"

#include <QJsonArray>

namespace cpd {

QJsonObject PageMetadata::toJson() const
{
    QJsonArray hops;
    for (const QUrl& u : redirects)
        hops.append(u.toString());
    auto date = [](const QDate& d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("url"), url.toString()},
        {QStringLiteral("final_url"), finalUrl.toString()},
        {QStringLiteral("canonical_url"), canonicalUrl.toString()},
        {QStringLiteral("content_type"), contentType},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), description},
        {QStringLiteral("site_name"), siteName},
        {QStringLiteral("publisher"), publisher},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("authors"), QJsonArray::fromStringList(authors)},
        {QStringLiteral("published"), date(published)},
        {QStringLiteral("updated"), date(updated)},
        {QStringLiteral("charset"), charset},
        {QStringLiteral("truncated"), truncated},
        {QStringLiteral("redirects"), hops},
    };
}

} // namespace cpd
