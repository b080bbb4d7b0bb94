#pragma once

#include <QString>

namespace cpd {

class EvidencePage;
class IdentifierCheck;
class MainWindow;

// Puts the Evidence page into a main window: its navigation area, the journal's selection for
// "Link to entry", and the journal shown again when an entry is created or linked from here.
class EvidenceArea
{
public:
    static inline const QString kId = QStringLiteral("evidence");

    // Adds the area; its page is made when first shown.
    static void install(MainWindow& window);
    // check must outlive the window (tests inject one that flags identifiers).
    static void install(MainWindow& window, const IdentifierCheck& check);

private:
    static EvidencePage* make(MainWindow& window, const IdentifierCheck& check);
};

} // namespace cpd
