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

    static EvidencePage* install(MainWindow& window);
    // check must outlive the window (tests inject one that flags identifiers).
    static EvidencePage* install(MainWindow& window, const IdentifierCheck& check);
};

} // namespace cpd
