#pragma once

#include "evidence/ChatSuggestion.h"

#include <QTimeZone>

namespace cpd {

// Groups posts that share a chat hashtag within one evening into suggestions. An "evening" is
// a local day that starts at 04:00 (a chat running past midnight stays on its evening); posts
// more than two hours apart are separate sessions. A pure function of its inputs.
class TweetChatGrouper
{
public:
    struct Options
    {
        QStringList chatHashtags = defaultChatHashtags();
        int minimumPosts = 2;
        int maximumGapMinutes = 120;
        QTimeZone zone = QTimeZone::systemTimeZone();
    };

    static QStringList defaultChatHashtags();
    static QList<ChatSuggestion> group(const QList<SocialFind>& finds, const Options& options);
    static QList<ChatSuggestion> group(const QList<SocialFind>& finds) { return group(finds, Options()); }
};

} // namespace cpd
