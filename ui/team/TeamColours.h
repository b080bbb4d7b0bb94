#pragma once

#include "team/TeamDashboard.h"

#include <QColor>

class QPalette;

namespace cpd {

// The team views' colours, all derived from the palette so they read in dark mode too. Colour
// is never the only signal: every coloured cell also carries words and numbers.
class TeamColours
{
public:
    // A tint of red (overdue), amber (due soon), blue (on track) or green (complete) over Base.
    static QColor status(const QPalette& palette, TeamDashboard::Urgency urgency);
    // Heatmap cell: Highlight over Base, stronger with share (0..1); no colour for 0.
    static QColor heat(const QPalette& palette, double share);
    // Text that reads on background: the palette's Text or HighlightedText, whichever contrasts
    // more.
    static QColor textOn(const QPalette& palette, const QColor& background);
};

} // namespace cpd
