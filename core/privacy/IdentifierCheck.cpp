#include "privacy/IdentifierCheck.h"

namespace cpd {

const IdentifierCheck& IdentifierCheck::none()
{
    static const NoIdentifierCheck check;
    return check;
}

} // namespace cpd
