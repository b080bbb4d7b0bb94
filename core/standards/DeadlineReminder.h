#pragma once

#include "standards/RevalidationStatus.h"

#include <optional>

namespace cpd {

// The start-up reminder: a sentence when a standard's application date is within withinDays and
// something is still missing (or the application window is open), else nothing.
class DeadlineReminder
{
public:
    static constexpr int kDefaultDays = 60;
    static std::optional<QString> text(const RevalidationStatus& status, int withinDays = kDefaultDays);
};

} // namespace cpd
