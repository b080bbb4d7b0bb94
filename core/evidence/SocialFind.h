#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cpd {

// A post, like, boost or bookmark worth keeping as evidence.
struct SocialFind
{
    QString id;
    QString kind = QStringLiteral("post"); // post | like | boost | bookmark | capture
    QString platform;                      // x | mastodon | bookmark | web
    QString originalId;                    // the platform's own id; empty for quick captures
    QString url;
    QString author; // handle, e.g. @WeNurses
    QDateTime posted;
    QString excerpt;
    QStringList hashtags; // without '#', as written
    QString chat;         // the chat or thread it belongs to
    QString notes;
    QDateTime created;

    QJsonObject toJson() const;

    // Hashtags in text ("#WeNurses" gives "WeNurses"), in order, without repeats (any case).
    static QStringList hashtagsIn(const QString& text);
    // Quick capture: a pasted URL or text. Finds the platform from the address and the hashtags
    // from the text; the excerpt is the text without the URL.
    static SocialFind capture(const QString& pasted);
    static QString platformOf(const QUrl& url);
};

} // namespace cpd
