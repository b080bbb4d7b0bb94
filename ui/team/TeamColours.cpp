#include "team/TeamColours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace cpd {
namespace {

QColor mix(const QColor& base, const QColor& over, double amount)
{
    const auto m = [amount](int a, int b) { return int(a + (b - a) * amount + 0.5); };
    return QColor(m(base.red(), over.red()), m(base.green(), over.green()),
                  m(base.blue(), over.blue()));
}

double luminance(const QColor& c)
{
    const auto channel = [](double v) {
        v /= 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QColor TeamColours::status(const QPalette& palette, TeamDashboard::Urgency urgency)
{
    QColor hue;
    switch (urgency) {
    case TeamDashboard::Urgency::Overdue:
        hue = QColor(220, 40, 40);
        break;
    case TeamDashboard::Urgency::DueSoon:
        hue = QColor(235, 160, 0);
        break;
    case TeamDashboard::Urgency::OnTrack:
        hue = QColor(40, 110, 220);
        break;
    case TeamDashboard::Urgency::Complete:
        hue = QColor(30, 160, 70);
        break;
    }
    // A light tint keeps the palette's Text readable on it, on a light or a dark Base.
    return mix(palette.color(QPalette::Base), hue, 0.28);
}

QColor TeamColours::heat(const QPalette& palette, double share)
{
    if (share <= 0)
        return {};
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               0.15 + 0.7 * std::clamp(share, 0.0, 1.0));
}

QColor TeamColours::textOn(const QPalette& palette, const QColor& background)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor highlighted = palette.color(QPalette::HighlightedText);
    return contrast(text, background) >= contrast(highlighted, background) ? text : highlighted;
}

} // namespace cpd
