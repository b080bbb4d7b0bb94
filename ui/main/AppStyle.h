#pragma once

class QApplication;

namespace cpd {

// The calm, clinical look: Fusion, a light palette with one blue accent, generous spacing.
class AppStyle
{
public:
    static void apply(QApplication& app);
};

} // namespace cpd
