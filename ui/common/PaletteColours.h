#pragma once

#include <QColor>

class QPalette;

namespace cpd {

// Colours that custom painting (delegates, charts, underlines) derives from the palette, so
// that they keep their meaning and contrast in dark mode as well as light.
class PaletteColours
{
public:
    static bool isDark(const QPalette& palette);
    // Problems and misspellings: a red that reads against the palette's Base.
    static QColor error(const QPalette& palette);
    // Something done or met: a green that reads against the palette's Base.
    static QColor success(const QPalette& palette);
    // Something partly done: an amber that reads against the palette's Base.
    static QColor warning(const QPalette& palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor& a, const QColor& b);
};

} // namespace cpd
