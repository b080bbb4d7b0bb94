#include "evidence/PageMetadataFetcher.h"

#include "evidence/PageMetadataParser.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QRegularExpression>

namespace cpd {

PageMetadataFetcher::PageMetadataFetcher(QNetworkAccessManager& manager, HttpFetcher::Options options, QObject* parent)
    : QObject(parent), m_http(manager, std::move(options))
{
}

HttpFetcher::Options PageMetadataFetcher::defaultOptions()
{
    HttpFetcher::Options o;
    o.wantBody = [](const QByteArray& contentType) { return PageMetadataParser::isHtml(contentType); };
    return o;
}

PageMetadata PageMetadataFetcher::fromResponse(const HttpResponse& response)
{
    if (PageMetadataParser::isHtml(response.contentType) && !response.bodySkipped) {
        PageMetadata md = PageMetadataParser::parse(response.body, response.contentType, response.finalUrl);
        md.url = response.url;
        md.finalUrl = response.finalUrl;
        md.truncated = response.truncated;
        md.redirects = response.redirects;
        if (md.title.isEmpty())
            md.title = response.finalUrl.toDisplayString();
        return md;
    }
    PageMetadata md;
    md.url = response.url;
    md.finalUrl = response.finalUrl;
    md.redirects = response.redirects;
    md.truncated = response.truncated;
    md.contentType = QString::fromLatin1(response.contentType.split(';').first().trimmed().toLower());
    static const QRegularExpression filename(QStringLiteral("filename\\*?\\s*=\\s*(?:UTF-8'')?\"?([^\";]+)\"?"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = filename.match(QString::fromUtf8(response.contentDisposition)); m.hasMatch())
        md.title = QUrl::fromPercentEncoding(m.captured(1).toUtf8()).trimmed();
    if (md.title.isEmpty())
        md.title = QFileInfo(response.finalUrl.path(QUrl::FullyDecoded)).fileName();
    if (md.title.isEmpty())
        md.title = response.finalUrl.toDisplayString();
    return md;
}

void PageMetadataFetcher::fetch(const QUrl& url, Done done)
{
    m_http.start(url, [done = std::move(done)](Result<HttpResponse> r) {
        if (!r)
            return done(std::unexpected(r.error()));
        done(fromResponse(*r));
    });
}

void PageMetadataFetcher::cancel()
{
    m_http.cancel();
}

Result<PageMetadata> PageMetadataFetcher::fetchNow(QNetworkAccessManager& manager, const QUrl& url,
                                                   const HttpFetcher::Options& options)
{
    auto r = HttpFetcher::fetch(manager, url, options);
    if (!r)
        return std::unexpected(r.error());
    return fromResponse(*r);
}

} // namespace cpd
