#include "privacy/ScannerIdentifierCheck.h"

#include "privacy/DismissalStore.h"

namespace cpd {

QList<IdentifierFinding> ScannerIdentifierCheck::check(const QStringList& texts) const
{
    QList<IdentifierFinding> out;
    for (const QString& text : texts) {
        QList<Finding> found = m_scanner.scan(text);
        if (m_dismissals && !found.isEmpty()) {
            // A journal that cannot be read leaves every finding in: refusing is the safe side.
            if (auto kept = m_dismissals->withoutDismissed(found))
                found = *kept;
        }
        for (const Finding& f : std::as_const(found))
            out.append({ConfidentialityScanner::describe(f.kind), f.text});
    }
    return out;
}

} // namespace cpd
