#pragma once

#include "standards/Profile.h"
#include "util/Result.h"

#include <optional>

namespace cpd {

class Clock;
class Database;

// Reads and writes the journal's one revalidation profile.
class ProfileRepository
{
public:
    ProfileRepository(Database& db, const Clock& clock);

    // The profile, or nullopt when none has been set yet.
    Result<std::optional<Profile>> load() const;
    // Replaces the profile (creating it the first time).
    Status save(const Profile& profile);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
