#pragma once

#include "util/Clock.h"

namespace cpd {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace cpd
