#pragma once

#include "evidence/HttpFetcher.h"
#include "evidence/PageMetadata.h"

#include <QObject>

#include <memory>

namespace cpd {

// "Add by URL": fetches a page with HttpFetcher's limits and reads its metadata. A non-HTML
// answer (a PDF) is not downloaded: its file name or address becomes the title.
class PageMetadataFetcher : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<PageMetadata>)>;

    PageMetadataFetcher(QNetworkAccessManager& manager, HttpFetcher::Options options = defaultOptions(),
                        QObject* parent = nullptr);

    static HttpFetcher::Options defaultOptions();
    void fetch(const QUrl& url, Done done);
    void cancel();
    bool isRunning() const { return m_http.isRunning(); }

    // Blocks in a local event loop (the CLI).
    static Result<PageMetadata> fetchNow(QNetworkAccessManager& manager, const QUrl& url,
                                         const HttpFetcher::Options& options = defaultOptions());
    // Metadata from a response (public for tests and for callers that fetched already).
    static PageMetadata fromResponse(const HttpResponse& response);

private:
    HttpFetcher m_http;
};

} // namespace cpd
