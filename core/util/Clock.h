#pragma once

#include <QDateTime>

namespace cpd {

// The time seam: production code asks a Clock, tests inject a fixed one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

} // namespace cpd
