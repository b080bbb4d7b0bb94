#pragma once

#include "teamserver/PublishQueue.h"
#include "util/Result.h"

namespace cpd {

class TeamServerConnection;

// Sends the publish queue to the team server in one transaction, as the member's own login:
// row-level security puts every row under that member. Re-sending is harmless (upserts by
// member and summary/entry id; an older summary never replaces a newer one). The queue is
// cleared only after the server has committed; on any failure it is kept whole.
class TeamPublisher
{
public:
    struct Outcome
    {
        int summaries = 0;
        int entries = 0;
        int withdrawn = 0;
    };

    static Result<Outcome> send(TeamServerConnection& server, PublishQueue& queue);

private:
    static Status sendSummary(TeamServerConnection& server, const PublishQueue::Item& item);
    static Status sendEntry(TeamServerConnection& server, const PublishQueue::Item& item);
};

} // namespace cpd
