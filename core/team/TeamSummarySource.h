#pragma once

#include "team/TeamSummary.h"
#include "util/Result.h"

#include <QList>

namespace cpd {

// Where a manager's dashboard reads its members' summaries from: the latest summary of every
// member visible to this manager. ImportedSummarySource reads the signed bundles imported into
// the journal (migration 010); team-server adds a PostgreSQL source. TeamDashboard works the
// same over either.
class TeamSummarySource
{
public:
    virtual ~TeamSummarySource() = default;
    // A short name for messages and the dashboard's title ("imported bundles", "server …").
    virtual QString description() const = 0;
    virtual Result<QList<TeamSummary>> latestSummaries() = 0;
};

} // namespace cpd
