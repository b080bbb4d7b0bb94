#include "evidence/TweetChatGrouper.h"

#include <QMap>

#include <algorithm>

namespace cpd {

QStringList TweetChatGrouper::defaultChatHashtags()
{
    return {QStringLiteral("wenurses"),      QStringLiteral("AllOurHealth"),  QStringLiteral("WeLearn"),
            QStringLiteral("WeCommunities"), QStringLiteral("WeMidwives"),    QStringLiteral("WeAHPs"),
            QStringLiteral("WeStudentNurse"), QStringLiteral("WeMHNurses"),   QStringLiteral("WeLDNurses"),
            QStringLiteral("WeNurseEducators"), QStringLiteral("WeLeadNurses"), QStringLiteral("nurchat"),
            QStringLiteral("RCNchat"),       QStringLiteral("GPchat"),        QStringLiteral("MedEdChat")};
}

QList<ChatSuggestion> TweetChatGrouper::group(const QList<SocialFind>& finds, const Options& options)
{
    QMap<QString, QString> canonical; // lower-case tag -> spelling in the options
    for (const QString& t : options.chatHashtags)
        canonical.insert(t.toLower(), t);

    // (tag, evening) -> posts
    QMap<QPair<QString, QDate>, QList<SocialFind>> byEvening;
    for (const SocialFind& f : finds) {
        if (!f.posted.isValid())
            continue;
        const QDate evening = f.posted.toTimeZone(options.zone).addSecs(-4 * 3600).date();
        QStringList seen;
        for (const QString& tag : f.hashtags) {
            const QString lower = tag.toLower();
            if (!canonical.contains(lower) || seen.contains(lower))
                continue;
            seen << lower;
            byEvening[{lower, evening}].append(f);
        }
    }

    QList<ChatSuggestion> out;
    for (auto it = byEvening.begin(); it != byEvening.end(); ++it) {
        QList<SocialFind> posts = it.value();
        std::stable_sort(posts.begin(), posts.end(),
                         [](const SocialFind& a, const SocialFind& b) { return a.posted < b.posted; });
        QList<QList<SocialFind>> sessions;
        for (const SocialFind& p : posts) {
            if (sessions.isEmpty() || sessions.last().last().posted.secsTo(p.posted) > options.maximumGapMinutes * 60)
                sessions.append(QList<SocialFind>());
            sessions.last().append(p);
        }
        int n = 0;
        for (const QList<SocialFind>& session : std::as_const(sessions)) {
            if (session.size() < std::max(1, options.minimumPosts))
                continue;
            ChatSuggestion s;
            s.hashtag = canonical.value(it.key().first);
            s.date = it.key().second;
            s.key = QStringLiteral("%1@%2").arg(it.key().first, s.date.toString(Qt::ISODate));
            if (++n > 1)
                s.key += QStringLiteral("#%1").arg(n);
            s.start = session.first().posted.toTimeZone(options.zone);
            s.end = session.last().posted.toTimeZone(options.zone);
            s.posts = session;
            out.append(s);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ChatSuggestion& a, const ChatSuggestion& b) { return a.start > b.start; });
    return out;
}

} // namespace cpd
