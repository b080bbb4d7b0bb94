#pragma once

class QApplication;
class QFont;
class QPalette;
class QString;

namespace cpd {

// The calm, clinical look: Fusion, a palette with one blue accent, generous spacing. Light or
// dark after the system (or CPDJOURNAL_THEME=light|dark); every size in the style sheet is
// relative to the application font, so the system's font size is respected.
class AppStyle
{
public:
    static void apply(QApplication& app);
    // The palettes and the style sheet apply() uses, for tests.
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString styleSheet(const QFont& base, bool dark);
};

} // namespace cpd
