#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for fetcher tests, misbehaving on request. Lives in the
// thread that calls listen(); startInThread() runs it on its own thread, for tests that block
// on a child process (the CLI).
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace cpd::test {

class LocalHttpServer : public QObject
{
public:
    using Handler = std::function<void(QTcpSocket*)>;

    ~LocalHttpServer() override
    {
        if (m_thread) {
            QMetaObject::invokeMethod(this, [this] { m_server.reset(); }, Qt::BlockingQueuedConnection);
            m_thread->quit();
            m_thread->wait();
        }
    }

    void route(const QByteArray& path, Handler handler) { m_routes.insert(path, std::move(handler)); }

    bool listen()
    {
        m_server = std::make_unique<QTcpServer>();
        QObject::connect(m_server.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection())
                accept(s);
        });
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = m_server->serverPort();
        return true;
    }

    bool startInThread()
    {
        m_thread = std::make_unique<QThread>();
        m_thread->start();
        moveToThread(m_thread.get());
        bool ok = false;
        QMetaObject::invokeMethod(this, [&] { ok = listen(); }, Qt::BlockingQueuedConnection);
        return ok;
    }

    QUrl url(const QByteArray& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(QString::fromLatin1(path)));
    }
    quint16 port() const { return m_port; }
    int requests() const { return m_requests; }

    // A complete answer, then close.
    static void respond(QTcpSocket* s, int status, const QByteArray& reason, const QList<QPair<QByteArray, QByteArray>>& headers,
                        const QByteArray& body)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
        for (const auto& [k, v] : headers)
            out += k + ": " + v + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
        s->write(out);
        s->write(body);
        QObject::connect(s, &QTcpSocket::bytesWritten, s, [s] {
            if (s->bytesToWrite() == 0)
                s->disconnectFromHost();
        });
    }
    static void html(QTcpSocket* s, const QByteArray& body, const QByteArray& contentType = "text/html; charset=utf-8")
    {
        respond(s, 200, "OK", {{"Content-Type", contentType}}, body);
    }
    static void redirect(QTcpSocket* s, const QByteArray& location)
    {
        respond(s, 302, "Found", {{"Location", location}}, {});
    }
    // Headers, then a chunk every 50 ms for ever.
    static void endless(QTcpSocket* s)
    {
        s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><head>");
        auto* timer = new QTimer(s);
        QObject::connect(timer, &QTimer::timeout, s, [s] { s->write("<!-- more -->"); });
        timer->start(50);
    }

private:
    void accept(QTcpSocket* s)
    {
        QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(s, &QTcpSocket::readyRead, this, [this, s, buffer] {
            if (buffer->endsWith("\r\n\r\n") || buffer->contains("\r\n\r\n"))
                return; // already answered or answering
            *buffer += s->readAll();
            if (!buffer->contains("\r\n\r\n"))
                return;
            ++m_requests;
            const QByteArray path = buffer->split(' ').value(1);
            const Handler handler = m_routes.value(path);
            if (handler)
                handler(s);
            else
                respond(s, 404, "Not Found", {{"Content-Type", "text/plain"}}, "no such page");
        });
    }

    std::unique_ptr<QTcpServer> m_server;
    std::unique_ptr<QThread> m_thread;
    QHash<QByteArray, Handler> m_routes;
    quint16 m_port = 0;
    int m_requests = 0;
};

} // namespace cpd::test
