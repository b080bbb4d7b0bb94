#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cpd {

// What a web page (or a non-HTML answer) says about itself.
struct PageMetadata
{
    QUrl url;          // what was asked for
    QUrl finalUrl;     // after redirects
    QUrl canonicalUrl; // <link rel=canonical> or og:url, when present
    QString contentType; // e.g. text/html, application/pdf
    QString title;
    QString description;
    QString siteName;
    QString publisher;
    QString identifier; // e.g. NG136, a DOI
    QStringList authors;
    QDate published;
    QDate updated;
    QString charset; // the one the page was read with
    bool truncated = false; // the page was larger than the fetcher reads
    QList<QUrl> redirects;

    QJsonObject toJson() const;
};

} // namespace cpd
