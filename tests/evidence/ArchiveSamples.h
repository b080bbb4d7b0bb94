#pragma once

// Builds X/Twitter archive parts for importer tests and the benchmark.
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace cpd::test {

inline QJsonObject tweet(const QString& id, const QDateTime& when, const QString& text, const QStringList& tags = {},
                         const QString& replyTo = {})
{
    QJsonArray hashtags;
    for (const QString& t : tags)
        hashtags.append(QJsonObject{{QStringLiteral("text"), t}, {QStringLiteral("indices"), QJsonArray{QStringLiteral("0"), QStringLiteral("5")}}});
    QJsonObject link;
    link.insert(QStringLiteral("url"), QStringLiteral("https://t.co/abc"));
    link.insert(QStringLiteral("expanded_url"), QStringLiteral("https://www.nice.org.uk/guidance/ng51"));
    QJsonObject mention;
    mention.insert(QStringLiteral("screen_name"), QStringLiteral("WeNurses"));
    QJsonObject entities;
    entities.insert(QStringLiteral("hashtags"), hashtags);
    entities.insert(QStringLiteral("urls"), QJsonArray{link});
    entities.insert(QStringLiteral("user_mentions"), QJsonArray{mention});
    QJsonObject t;
    t.insert(QStringLiteral("id_str"), id);
    t.insert(QStringLiteral("id"), id);
    t.insert(QStringLiteral("full_text"), QString(text + QStringLiteral(" https://t.co/abc")));
    t.insert(QStringLiteral("created_at"), QLocale::c().toString(when.toUTC(), QStringLiteral("ddd MMM dd HH:mm:ss +0000 yyyy")));
    t.insert(QStringLiteral("favorite_count"), QStringLiteral("3"));
    t.insert(QStringLiteral("entities"), entities);
    if (!replyTo.isEmpty()) {
        t.insert(QStringLiteral("in_reply_to_status_id_str"), replyTo);
        t.insert(QStringLiteral("in_reply_to_screen_name"), QStringLiteral("WeNurses"));
    }
    return QJsonObject{{QStringLiteral("tweet"), t}};
}

inline QByteArray ytd(const char* name, int part, const QJsonArray& items)
{
    return QByteArray("window.YTD.") + name + ".part" + QByteArray::number(part) + " = " + QJsonDocument(items).toJson(QJsonDocument::Compact);
}

inline QByteArray account(const QString& username)
{
    return ytd("account", 0, QJsonArray{QJsonObject{{QStringLiteral("account"), QJsonObject{{QStringLiteral("username"), username}}}}});
}

} // namespace cpd::test
