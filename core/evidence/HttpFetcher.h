#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace cpd {

struct HttpResponse
{
    QUrl url;      // what was asked for
    QUrl finalUrl; // after redirects
    int status = 0;
    QByteArray contentType;
    QByteArray contentDisposition;
    QByteArray body;        // at most Options::maxBytes, decompressed
    bool truncated = false; // the answer was longer than maxBytes; body holds its start
    bool bodySkipped = false; // wantBody said no after the headers
    QList<QUrl> redirects;
};

// One GET that behaves on a hostile web: http and https only, a time-out until the server
// answers and one for the whole fetch, at most maxBytes read, redirects followed by hand (at
// most maxRedirects, never to another scheme, never in a loop), TLS errors reported and never
// ignored. Answers through a callback, exactly once.
class HttpFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int connectTimeoutSecs = 5; // until the response headers arrive, per hop
        int totalTimeoutSecs = 10;  // the whole fetch, redirects included
        qint64 maxBytes = 2 * 1024 * 1024;
        int maxRedirects = 5;
        QByteArray accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
        // Asked once the headers are in: false stops there (e.g. no need to download a PDF).
        std::function<bool(const QByteArray& contentType)> wantBody;
    };
    using Done = std::function<void(Result<HttpResponse>)>;

    HttpFetcher(QNetworkAccessManager& manager, Options options, QObject* parent = nullptr);
    ~HttpFetcher() override;

    void start(const QUrl& url, Done done);
    // Stops the fetch; done is called with a "cancelled" error.
    void cancel();
    bool isRunning() const { return bool(m_done); }

    // Runs a fetch to its end in a local event loop (the CLI; never on the UI thread).
    static Result<HttpResponse> fetch(QNetworkAccessManager& manager, const QUrl& url, const Options& options);
    static Status checkScheme(const QUrl& url);

private:
    enum class Stop { None, Cancelled, ConnectTimeout, TotalTimeout, TooLarge, NoBody };

    void request(const QUrl& url);
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void stop(Stop why);
    void finish(Result<HttpResponse> result);

    QNetworkAccessManager& m_manager;
    Options m_options;
    Done m_done;
    QPointer<QNetworkReply> m_reply;
    QTimer m_connectTimer;
    QTimer m_totalTimer;
    HttpResponse m_response;
    QSet<QUrl> m_visited;
    QStringList m_sslErrors;
    Stop m_stop = Stop::None;
    bool m_headersSeen = false;
};

} // namespace cpd
