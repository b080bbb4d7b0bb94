#include "evidence/ChatSuggestion.h"

#include <QJsonArray>

#include <cmath>

namespace cpd {

double ChatSuggestion::hours() const
{
    const double quarters = std::ceil(double(start.secsTo(end)) / 900.0);
    return std::max(1.0, quarters) / 4.0;
}

Entry ChatSuggestion::toEntry() const
{
    Entry e;
    e.title = QStringLiteral("#%1 tweet chat").arg(hashtag);
    e.date = date;
    e.activity = QStringLiteral("tweet-chat");
    e.hours = hours();
    e.participatoryHours = hours();
    e.templateId = QStringLiteral("free");
    e.reflection.insert(QStringLiteral("text"),
                        QStringLiteral("Took part in the #%1 chat from %2 to %3 (%4 posts).")
                            .arg(hashtag, start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")))
                            .arg(posts.size()));
    e.tags = {hashtag.toLower()};
    for (const SocialFind& p : posts) {
        QString title = p.excerpt.simplified();
        if (title.size() > 200)
            title = title.left(199) + QChar(0x2026);
        e.links.append({QStringLiteral("social"), p.url, title.isEmpty() ? p.url : title});
    }
    e.status = QStringLiteral("draft");
    return e;
}

QJsonObject ChatSuggestion::toJson() const
{
    QJsonArray list;
    for (const SocialFind& p : posts)
        list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                {QStringLiteral("url"), p.url},
                                {QStringLiteral("posted"), p.posted.toUTC().toString(Qt::ISODate)},
                                {QStringLiteral("excerpt"), p.excerpt}});
    return QJsonObject{
        {QStringLiteral("key"), key},
        {QStringLiteral("hashtag"), hashtag},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("start"), start.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("end"), end.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("duration_minutes"), durationMinutes()},
        {QStringLiteral("hours"), hours()},
        {QStringLiteral("title"), QStringLiteral("#%1 tweet chat").arg(hashtag)},
        {QStringLiteral("posts"), list},
    };
}

} // namespace cpd
