#pragma once

#include "team/TeamDashboard.h"
#include "team/TeamStore.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace cpd {

class TeamSummarySource;
class TopicCatalogue;

// The team report (for appraisal leads or an inspection): the team table sorted by urgency, the
// topic coverage, the manager's sign-offs and notes, and the titles of the entries members chose
// to share. Never any reflection text: not even a shared entry's. The summaries come from any
// TeamSummarySource (imported bundles or the organisation's server); notes and sign-offs from the
// manager's own journal (TeamStore).
class TeamReport
{
public:
    // store may be null (no notes or sign-offs then).
    static Result<TeamReport> load(TeamSummarySource& source, const TeamStore* store,
                                   const TopicCatalogue& catalogue, const QDate& asOf);

    QString title() const;
    QString html() const;
    Result<QByteArray> pdf() const;
    // The PDF written to path (atomically: a failed write leaves no half file).
    Status writePdf(const QString& path) const;

    TeamDashboard dashboard;
    QHash<QString, TeamSummary> summaries;              // by member id
    QHash<QString, QList<TeamStore::Note>> notes;       // by member id, oldest first
    QHash<QString, QList<TeamStore::SignOff>> signOffs; // by member id, oldest first
};

} // namespace cpd
