#include "privacy/IdentifierCheck.h"

#include "privacy/ScannerIdentifierCheck.h"

namespace cpd {

const IdentifierCheck& IdentifierCheck::none()
{
    static const NoIdentifierCheck check;
    return check;
}

const IdentifierCheck& IdentifierCheck::scanner()
{
    static const ScannerIdentifierCheck check;
    return check;
}

} // namespace cpd
