#include "evidence/SocialFind.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace cpd {

QJsonObject SocialFind::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("platform"), platform},
        {QStringLiteral("original_id"), originalId.isEmpty() ? QJsonValue() : QJsonValue(originalId)},
        {QStringLiteral("url"), url},
        {QStringLiteral("author"), author},
        {QStringLiteral("posted"), posted.isValid() ? QJsonValue(posted.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("excerpt"), excerpt},
        {QStringLiteral("hashtags"), QJsonArray::fromStringList(hashtags)},
        {QStringLiteral("chat"), chat},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("created"), created.isValid() ? QJsonValue(created.toUTC().toString(Qt::ISODate)) : QJsonValue()},
    };
}

QStringList SocialFind::hashtagsIn(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("(?:^|[^\\w&/])#(\\w*[A-Za-z_]\\w*)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString tag = it.next().captured(1);
        if (!out.contains(tag, Qt::CaseInsensitive))
            out << tag;
    }
    return out;
}

QString SocialFind::platformOf(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("twitter.com") || host == QLatin1String("x.com") || host.endsWith(QLatin1String(".twitter.com"))
        || host == QLatin1String("t.co"))
        return QStringLiteral("x");
    static const QRegularExpression mastodonPath(QStringLiteral("^/@[^/]+/\\d+"));
    if (mastodonPath.match(url.path()).hasMatch())
        return QStringLiteral("mastodon");
    if (host == QLatin1String("bsky.app"))
        return QStringLiteral("bluesky");
    return QStringLiteral("web");
}

SocialFind SocialFind::capture(const QString& pasted)
{
    SocialFind f;
    f.kind = QStringLiteral("capture");
    static const QRegularExpression urlRe(QStringLiteral("https?://[^\\s<>\"]+"), QRegularExpression::CaseInsensitiveOption);
    const QString text = pasted.trimmed();
    if (const auto m = urlRe.match(text); m.hasMatch()) {
        QString link = m.captured(0);
        while (!link.isEmpty() && QStringLiteral(".,;:!?)]").contains(link.back()))
            link.chop(1);
        const QUrl url(link);
        f.url = url.toString();
        f.platform = platformOf(url);
        static const QRegularExpression handle(QStringLiteral("^/@?([A-Za-z0-9_.]+)(?:/status/|/\\d)"));
        if (const auto h = handle.match(url.path()); h.hasMatch())
            f.author = QLatin1Char('@') + h.captured(1);
        QString rest = text;
        rest.remove(m.capturedStart(), link.size());
        f.excerpt = rest.simplified();
    } else {
        f.platform = QStringLiteral("web");
        f.excerpt = text.simplified();
    }
    f.hashtags = hashtagsIn(text);
    return f;
}

} // namespace cpd
