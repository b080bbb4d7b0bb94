#pragma once

#include "evidence/Feed.h"
#include "evidence/Guideline.h"
#include "journal/Entry.h"

namespace cpd {

// Turns a feed item into a guideline for the library, or into a draft reading entry.
class FeedItemConverter
{
public:
    static Guideline toGuideline(const FeedItem& item, const Feed& feed);
    static Entry toEntry(const FeedItem& item, const Feed& feed, const QDate& today);
};

} // namespace cpd
