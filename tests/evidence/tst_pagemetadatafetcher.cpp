#include "LocalHttpServer.h"

#include "evidence/PageMetadataFetcher.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using cpd::HttpFetcher;
using cpd::PageMetadataFetcher;
using cpd::test::LocalHttpServer;

namespace {

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// gzip = header + raw deflate (qCompress's zlib stream without its 2-byte header and adler) + crc + size.
QByteArray gzip(const QByteArray& data)
{
    const QByteArray z = qCompress(data, 9).mid(4);
    QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    out += z.mid(2, z.size() - 6);
    const quint32 crc = crc32(data);
    const quint32 size = quint32(data.size());
    for (int i = 0; i < 4; ++i)
        out += char((crc >> (8 * i)) & 0xFF);
    for (int i = 0; i < 4; ++i)
        out += char((size >> (8 * i)) & 0xFF);
    return out;
}

} // namespace

class TestPageMetadataFetcher : public QObject
{
    Q_OBJECT

    LocalHttpServer m_server;
    QNetworkAccessManager m_manager;

    static HttpFetcher::Options fast()
    {
        HttpFetcher::Options o = PageMetadataFetcher::defaultOptions();
        o.connectTimeoutSecs = 1;
        o.totalTimeoutSecs = 3;
        return o;
    }
    cpd::Result<cpd::PageMetadata> fetch(const QByteArray& path, const HttpFetcher::Options& o = fast())
    {
        return PageMetadataFetcher::fetchNow(m_manager, m_server.url(path), o);
    }

private slots:
    void initTestCase()
    {
        QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy);
        m_server.route("/page", [](QTcpSocket* s) {
            LocalHttpServer::html(s, "<html><head><title>Sepsis: recognition</title><meta name=\"citation_publisher\" content=\"NICE\">"
                                     "<meta name=\"citation_publication_date\" content=\"2024-01-19\"></head><body></body></html>");
        });
        m_server.route("/slow-headers", [](QTcpSocket*) {}); // accepts, never answers
        m_server.route("/endless", [](QTcpSocket* s) { LocalHttpServer::endless(s); });
        m_server.route("/loop-a", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "/loop-b"); });
        m_server.route("/loop-b", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "/loop-a"); });
        for (int i = 0; i < 8; ++i) {
            const QByteArray from = "/hop" + QByteArray::number(i);
            const QByteArray to = i == 7 ? QByteArray("/page") : "/hop" + QByteArray::number(i + 1);
            m_server.route(from, [to](QTcpSocket* s) { LocalHttpServer::redirect(s, to); });
        }
        m_server.route("/two-hops", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "/hop6"); });
        m_server.route("/to-ftp", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "ftp://127.0.0.1/file"); });
        m_server.route("/to-file", [](QTcpSocket* s) { LocalHttpServer::redirect(s, "file:///etc/passwd"); });
        m_server.route("/huge", [](QTcpSocket* s) {
            QByteArray body = "<html><head><title>Huge page</title></head><body>";
            body += QByteArray(10 * 1024 * 1024, 'x');
            LocalHttpServer::html(s, body);
        });
        m_server.route("/gzip", [](QTcpSocket* s) {
            LocalHttpServer::respond(s, 200, "OK", {{"Content-Type", "text/html; charset=utf-8"}, {"Content-Encoding", "gzip"}},
                                     gzip("<html><head><title>Compressed \xE2\x9C\x93</title></head></html>"));
        });
        m_server.route("/latin1", [](QTcpSocket* s) {
            LocalHttpServer::html(s, "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xE9 guidance</title></head></html>",
                                  "text/html");
        });
        m_server.route("/pdf", [](QTcpSocket* s) {
            LocalHttpServer::respond(s, 200, "OK", {{"Content-Type", "application/pdf"}}, QByteArray("%PDF-1.7\n") + QByteArray(4096, '\0'));
        });
        m_server.route("/docs/Asthma%20pathway.pdf", [](QTcpSocket* s) {
            LocalHttpServer::respond(s, 200, "OK", {{"Content-Type", "application/pdf"}}, "%PDF-1.4");
        });
        m_server.route("/download", [](QTcpSocket* s) {
            LocalHttpServer::respond(s, 200, "OK",
                                     {{"Content-Type", "application/octet-stream"}, {"Content-Disposition", "attachment; filename=\"ng136.pdf\""}},
                                     "%PDF-1.4");
        });
        m_server.route("/error", [](QTcpSocket* s) { LocalHttpServer::respond(s, 500, "Internal Server Error", {}, "oops"); });
        QVERIFY(m_server.listen());
    }

    void readsAPage()
    {
        auto md = fetch("/page");
        QVERIFY2(md, qPrintable(md.error().message));
        QCOMPARE(md->title, QStringLiteral("Sepsis: recognition"));
        QCOMPARE(md->publisher, QStringLiteral("NICE"));
        QCOMPARE(md->published, QDate(2024, 1, 19));
        QVERIFY(!md->truncated);
    }

    void slowHeadersTimeOut()
    {
        QElapsedTimer t;
        t.start();
        auto md = fetch("/slow-headers");
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("did not answer within 1 s")), qPrintable(md.error().message));
        QVERIFY(t.elapsed() < 2500);
    }

    void bodyThatNeverEndsTimesOut()
    {
        QElapsedTimer t;
        t.start();
        auto md = fetch("/endless");
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("longer than 3 s")), qPrintable(md.error().message));
        QVERIFY(t.elapsed() < 5000);
    }

    void redirectLoopIsRefused()
    {
        auto md = fetch("/loop-a");
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("loop")), qPrintable(md.error().message));
    }

    void atMostFiveRedirects()
    {
        auto tooMany = fetch("/hop0"); // 8 hops
        QVERIFY(!tooMany);
        QVERIFY2(tooMany.error().message.contains(QLatin1String("more than 5 times")), qPrintable(tooMany.error().message));
        auto ok = fetch("/two-hops"); // /hop6 -> /hop7 -> /page
        QVERIFY2(ok, qPrintable(ok.error().message));
        QCOMPARE(ok->title, QStringLiteral("Sepsis: recognition"));
        QCOMPARE(ok->redirects.size(), 3);
        QCOMPARE(ok->finalUrl, m_server.url("/page"));
    }

    void redirectToAnotherSchemeIsRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("ftp") << QByteArray("/to-ftp");
        QTest::newRow("file") << QByteArray("/to-file");
    }
    void redirectToAnotherSchemeIsRefused()
    {
        QFETCH(QByteArray, path);
        auto md = fetch(path);
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("not a web address")), qPrintable(md.error().message));
    }

    void hugePageIsCutAt2MiB()
    {
        auto md = fetch("/huge");
        QVERIFY2(md, qPrintable(md.error().message));
        QVERIFY(md->truncated);
        QCOMPARE(md->title, QStringLiteral("Huge page"));
        // the raw response never holds more than the limit
        auto raw = HttpFetcher::fetch(m_manager, m_server.url("/huge"), fast());
        QVERIFY(raw);
        QCOMPARE(raw->body.size(), qsizetype(2 * 1024 * 1024));
    }

    void gzipIsDecompressed()
    {
        auto md = fetch("/gzip");
        QVERIFY2(md, qPrintable(md.error().message));
        QCOMPARE(md->title, QStringLiteral("Compressed \u2713"));
    }

    void nonUtf8Page()
    {
        auto md = fetch("/latin1");
        QVERIFY2(md, qPrintable(md.error().message));
        QCOMPARE(md->title, QStringLiteral("Caf\u00e9 guidance"));
        QCOMPARE(md->charset, QStringLiteral("windows-1252"));
    }

    void notFound()
    {
        auto md = fetch("/missing");
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("404")), qPrintable(md.error().message));
        auto err = fetch("/error");
        QVERIFY(!err);
        QVERIFY2(err.error().message.contains(QLatin1String("500")), qPrintable(err.error().message));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        auto md = PageMetadataFetcher::fetchNow(m_manager, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), fast());
        QVERIFY(!md);
        QVERIFY2(md.error().message.contains(QLatin1String("refused")), qPrintable(md.error().message));
    }

    void nonHtmlAnswers()
    {
        auto pdf = fetch("/docs/Asthma%20pathway.pdf");
        QVERIFY2(pdf, qPrintable(pdf.error().message));
        QCOMPARE(pdf->title, QStringLiteral("Asthma pathway.pdf"));
        QCOMPARE(pdf->contentType, QStringLiteral("application/pdf"));
        auto download = fetch("/download");
        QVERIFY2(download, qPrintable(download.error().message));
        QCOMPARE(download->title, QStringLiteral("ng136.pdf"));
    }

    void onlyWebSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/x");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
        QTest::newRow("no host") << QStringLiteral("http:///x");
    }
    void onlyWebSchemes()
    {
        QFETCH(QString, url);
        const int before = m_server.requests();
        auto md = PageMetadataFetcher::fetchNow(m_manager, QUrl(url), fast());
        QVERIFY(!md);
        QVERIFY(md.error().message.contains(QLatin1String("only http and https")));
        QCOMPARE(m_server.requests(), before);
    }

    void asyncFetchDoesNotBlockAndCanBeCancelled()
    {
        PageMetadataFetcher fetcher(m_manager, fast());
        bool called = false;
        QString error;
        fetcher.fetch(m_server.url("/slow-headers"), [&](cpd::Result<cpd::PageMetadata> r) {
            called = true;
            error = r ? QString() : r.error().message;
        });
        QVERIFY(!called); // returns at once
        QVERIFY(fetcher.isRunning());
        QTest::qWait(100);
        fetcher.cancel();
        QVERIFY(called);
        QVERIFY(error.contains(QLatin1String("cancelled")));
    }

    void tlsErrorsAreReported()
    {
        // A plain-HTTP server spoken to over https: the handshake fails and says so; nothing is ignored.
        QUrl url = m_server.url("/page");
        url.setScheme(QStringLiteral("https"));
        auto md = PageMetadataFetcher::fetchNow(m_manager, url, fast());
        QVERIFY(!md);
        QVERIFY2(!md.error().message.isEmpty(), "no error message");
    }
};

QTEST_GUILESS_MAIN(TestPageMetadataFetcher)
#include "tst_pagemetadatafetcher.moc"
