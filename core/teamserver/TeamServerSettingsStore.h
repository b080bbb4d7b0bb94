#pragma once

#include "teamserver/TeamServerSettings.h"
#include "util/Result.h"

#include <optional>

namespace cpd {

class Clock;
class Database;

// The journal's team server settings (table team_server_settings, migration 011): host, port,
// database, user, TLS mode and CA file. Never the password (see TeamServerSettings::secretKey).
class TeamServerSettingsStore
{
public:
    TeamServerSettingsStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // std::nullopt when this journal has no team server set up.
    Result<std::optional<TeamServerSettings>> load() const;
    Status save(const TeamServerSettings& settings);
    Status clear();
    // The member id to publish under: the journal's team identity (team keygen) when there is
    // one, else the id made when the server was set up.
    Result<QString> memberId() const;
    // The next summary sequence (stored, so each summary published is newer than the last).
    Result<qint64> nextSequence();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
