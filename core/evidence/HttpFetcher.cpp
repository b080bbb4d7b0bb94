#include "evidence/HttpFetcher.h"

#include "evidence/EvidenceLog.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace cpd {

namespace {

QString describeNetworkError(QNetworkReply::NetworkError error, const QString& host, const QString& qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Could not connect to %1: the connection was refused.").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("%1 closed the connection before answering.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("The server %1 was not found; check the address and your connection.").arg(host);
    case QNetworkReply::TimeoutError:
        return QStringLiteral("%1 took too long to answer.").arg(host);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("There is no network connection; add the details by hand or try again later.");
    default:
        return QStringLiteral("Could not fetch from %1: %2.").arg(host, qtText);
    }
}

QUrl normalised(const QUrl& url)
{
    QUrl u = url.adjusted(QUrl::NormalizePathSegments | QUrl::RemoveFragment);
    u.setHost(u.host().toLower());
    if (u.path().isEmpty())
        u.setPath(QStringLiteral("/"));
    return u;
}

} // namespace

HttpFetcher::HttpFetcher(QNetworkAccessManager& manager, Options options, QObject* parent)
    : QObject(parent), m_manager(manager), m_options(std::move(options))
{
    m_connectTimer.setSingleShot(true);
    m_totalTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { stop(Stop::ConnectTimeout); });
    connect(&m_totalTimer, &QTimer::timeout, this, [this] { stop(Stop::TotalTimeout); });
}

HttpFetcher::~HttpFetcher()
{
    m_done = nullptr;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

Status HttpFetcher::checkScheme(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(
            QCoreApplication::translate(
                "HttpFetcher", "\"%1\" is not a web address: only http and https are fetched.")
                .arg(url.toDisplayString()));
    return {};
}

void HttpFetcher::start(const QUrl& url, Done done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_response = {};
    m_response.url = url;
    m_visited.clear();
    m_sslErrors.clear();
    if (auto ok = checkScheme(url); !ok) {
        // Answer asynchronously, like every other outcome.
        QTimer::singleShot(0, this, [this, ok] { finish(std::unexpected(ok.error())); });
        return;
    }
    m_totalTimer.start(m_options.totalTimeoutSecs * 1000);
    request(url);
}

void HttpFetcher::request(const QUrl& url)
{
    m_visited.insert(normalised(url));
    m_response.finalUrl = url;
    m_response.body.clear();
    m_response.truncated = false;
    m_headersSeen = false;
    m_stop = Stop::None;
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Accept", m_options.accept);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("CPDJournal/%1").arg(QStringLiteral(CPD_VERSION)));
    req.setTransferTimeout(m_options.totalTimeoutSecs * 1000);
    QNetworkReply* reply = m_manager.get(req);
    m_reply = reply;
    // Keep Qt from buffering more than we would read.
    reply->setReadBufferSize(256 * 1024);
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpFetcher::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpFetcher::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpFetcher::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            m_sslErrors << e.errorString();
        // Never ignored: the handshake fails and the reply finishes with an error.
    });
    m_connectTimer.start(m_options.connectTimeoutSecs * 1000);
}

void HttpFetcher::onMetaData()
{
    if (!m_reply || m_headersSeen)
        return;
    m_headersSeen = true;
    m_connectTimer.stop();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect: onFinished follows it
    if (status < 400 && m_options.wantBody && !m_options.wantBody(m_reply->rawHeader("Content-Type")))
        stop(Stop::NoBody);
}

void HttpFetcher::onReadyRead()
{
    if (!m_reply || m_stop != Stop::None)
        return;
    if (!m_headersSeen)
        onMetaData();
    const qint64 room = m_options.maxBytes - m_response.body.size();
    const qint64 available = m_reply->bytesAvailable();
    m_response.body += m_reply->read(std::min(room, available));
    if (available > room)
        stop(Stop::TooLarge);
}

void HttpFetcher::stop(Stop why)
{
    if (!m_reply || m_stop != Stop::None)
        return;
    m_stop = why;
    m_reply->abort(); // emits finished, handled in onFinished
}

void HttpFetcher::cancel()
{
    if (!m_done)
        return;
    if (m_reply)
        stop(Stop::Cancelled);
    else
        finish(fail(QCoreApplication::translate("HttpFetcher", "The fetch was cancelled.")));
}

void HttpFetcher::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    m_connectTimer.stop();
    const QString host = m_response.finalUrl.host();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_response.status = status;
    m_response.contentType = reply->rawHeader("Content-Type");
    m_response.contentDisposition = reply->rawHeader("Content-Disposition");
    if (m_stop == Stop::None && reply->bytesAvailable() > 0) {
        // The last bytes may arrive with finished rather than readyRead.
        const qint64 room = m_options.maxBytes - m_response.body.size();
        const qint64 available = reply->bytesAvailable();
        m_response.body += reply->read(std::min(room, available));
        if (available > room)
            m_response.truncated = true;
    }

    switch (m_stop) {
    case Stop::Cancelled:
        return finish(fail(QCoreApplication::translate("HttpFetcher", "The fetch was cancelled.")));
    case Stop::ConnectTimeout:
        return finish(
            fail(QCoreApplication::translate("HttpFetcher", "%1 did not answer within %2 s.")
                     .arg(host)
                     .arg(m_options.connectTimeoutSecs)));
    case Stop::TotalTimeout:
        return finish(
            fail(QCoreApplication::translate(
                     "HttpFetcher", "Fetching from %1 took longer than %2 s; it was stopped.")
                     .arg(host)
                     .arg(m_options.totalTimeoutSecs)));
    case Stop::TooLarge:
        m_response.truncated = true;
        return finish(m_response);
    case Stop::NoBody:
        m_response.bodySkipped = true;
        m_response.body.clear();
        return finish(m_response);
    case Stop::None:
        break;
    }

    if (status >= 300 && status < 400) {
        QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
        if (target.isEmpty())
            target = QUrl::fromEncoded(reply->rawHeader("Location"));
        if (target.isEmpty())
            return finish(
                fail(QCoreApplication::translate(
                         "HttpFetcher", "%1 answered with a redirect (%2) but said not where to.")
                         .arg(host)
                         .arg(status)));
        target = m_response.finalUrl.resolved(target);
        if (!checkScheme(target))
            return finish(fail(
                QCoreApplication::translate(
                    "HttpFetcher",
                    "%1 redirected to \"%2\", which is not a web address (only http and https are "
                    "followed).")
                    .arg(host, target.toDisplayString())));
        if (m_visited.contains(normalised(target)))
            return finish(fail(
                QCoreApplication::translate("HttpFetcher", "%1 redirects in a loop (back to %2).")
                    .arg(host, target.toDisplayString())));
        if (m_response.redirects.size() >= m_options.maxRedirects)
            return finish(fail(
                QCoreApplication::translate(
                    "HttpFetcher", "%1 redirected more than %2 times; it was not followed further.")
                    .arg(host)
                    .arg(m_options.maxRedirects)));
        m_response.redirects.append(target);
        qCDebug(lcEvidence) << "redirect" << status << "to" << target;
        return request(target);
    }
    if (status >= 400) {
        const QString reason = QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        return finish(
            fail(QCoreApplication::translate("HttpFetcher", "%1 answered %2%3 for %4.")
                     .arg(host)
                     .arg(status)
                     .arg(reason.isEmpty() ? QString() : QLatin1Char(' ') + reason.trimmed(),
                          m_response.finalUrl.toDisplayString())));
    }
    if (reply->error() == QNetworkReply::SslHandshakeFailedError || !m_sslErrors.isEmpty())
        return finish(
            fail(QCoreApplication::translate(
                     "HttpFetcher", "The secure connection to %1 failed: %2. Nothing was fetched.")
                     .arg(host, m_sslErrors.isEmpty() ? reply->errorString()
                                                      : m_sslErrors.join(QStringLiteral("; ")))));
    if (reply->error() != QNetworkReply::NoError)
        return finish(fail(describeNetworkError(reply->error(), host, reply->errorString())));
    finish(m_response);
}

void HttpFetcher::finish(Result<HttpResponse> result)
{
    m_totalTimer.stop();
    m_connectTimer.stop();
    Done done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
}

Result<HttpResponse> HttpFetcher::fetch(QNetworkAccessManager& manager, const QUrl& url, const Options& options)
{
    HttpFetcher fetcher(manager, options);
    std::optional<Result<HttpResponse>> outcome;
    QEventLoop loop;
    fetcher.start(url, [&](Result<HttpResponse> r) {
        outcome = std::move(r);
        loop.quit();
    });
    if (!outcome)
        loop.exec();
    return std::move(*outcome);
}

} // namespace cpd
