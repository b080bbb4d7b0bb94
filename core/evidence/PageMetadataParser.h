#pragma once

#include "evidence/PageMetadata.h"

#include <QByteArray>

namespace cpd {

// Reads a page's metadata from its bytes: a tolerant scanner over the HTML head (no DOM, no
// Gui), any charset (BOM, Content-Type, <meta charset>; Windows-1252 when unsure).
class PageMetadataParser
{
public:
    // contentType is the Content-Type header (may be empty); baseUrl resolves relative links.
    static PageMetadata parse(const QByteArray& body, const QByteArray& contentType, const QUrl& baseUrl);
    // Decodes body as text in the charset its header, BOM or meta tags say; names it in usedCharset.
    static QString decode(const QByteArray& body, const QByteArray& contentType, QString* usedCharset = nullptr);
    // "&amp;" → "&", numeric references, the common named ones.
    static QString decodeEntities(const QString& text);
    // Dates as pages write them: 2024-05-01, 2024-05-01T10:00:00Z, 2024/05/01, 1 May 2024, May 2024.
    static QDate parseDate(const QString& text);
    static bool isHtml(const QByteArray& contentType);
};

} // namespace cpd
