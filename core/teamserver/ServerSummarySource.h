#pragma once

#include "team/TeamSummarySource.h"

#include <memory>

namespace cpd {

class Clock;
class Database;
class SecretStore;
class TeamServerConnection;

// The dashboard's source over the organisation's PostgreSQL: the latest summary of every member
// the logged-in manager may see (row-level security decides, not this class), each with only
// the entries its member shared with this manager. For `team dashboard` and ui/team:
//
//   auto server = ServerSummarySource::fromJournal(journal, clock, secrets);
//   if (!server) → error (one line: unreachable, login refused, no password…)
//   else if (*server) → use **server as the TeamSummarySource
//   else → this journal has no team server: use the imported bundles
class ServerSummarySource final : public TeamSummarySource
{
public:
    explicit ServerSummarySource(std::unique_ptr<TeamServerConnection> server);
    ~ServerSummarySource() override;

    // nullptr when the journal has no team server set up (team server connect).
    static Result<std::unique_ptr<ServerSummarySource>>
    fromJournal(Database& journal, const Clock& clock, SecretStore& secrets);

    QString description() const override;
    Result<QList<TeamSummary>> latestSummaries() override;

private:
    std::unique_ptr<TeamServerConnection> m_server;
};

} // namespace cpd
