#pragma once

#include "standards/RevalidationStatus.h"

#include <optional>

namespace cpd {

class Clock;
class Database;
class StandardRegistry;

// The start-up reminder: a sentence when a standard's application date is within withinDays and
// something is still missing (or the application window is open), else nothing.
class DeadlineReminder
{
public:
    static constexpr int kDefaultDays = 60;
    static std::optional<QString> text(const RevalidationStatus& status, int withinDays = kDefaultDays);
    // The reminder for the journal's profile: the standard whose application date is nearest,
    // among those that have something to say; nothing without a profile.
    static std::optional<QString> forJournal(Database& db, const StandardRegistry& standards, const Clock& clock,
                                             int withinDays = kDefaultDays);
};

} // namespace cpd
