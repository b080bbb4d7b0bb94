#pragma once

#include "privacy/ConfidentialityScanner.h"
#include "privacy/IdentifierCheck.h"

namespace cpd {

class DismissalStore;

// The identifier check backed by the confidentiality scanner: case notes holding a likely
// identifier are refused, with what was found. With a DismissalStore, text the person has
// marked "not an identifier" passes.
class ScannerIdentifierCheck final : public IdentifierCheck
{
public:
    explicit ScannerIdentifierCheck(const DismissalStore* dismissals = nullptr) : m_dismissals(dismissals) {}
    QList<IdentifierFinding> check(const QStringList& texts) const override;

private:
    ConfidentialityScanner m_scanner;
    const DismissalStore* m_dismissals;
};

} // namespace cpd
