#pragma once

#include "journal/Entry.h"
#include "util/Result.h"

#include <QStringList>

namespace cpd {

// The rules every stored entry obeys, whichever way it came in (editor, CLI, import).
class EntryValidator
{
public:
    // Tidies what can be tidied without changing meaning (trims, drops empty and repeated tags).
    static void normalise(Entry& entry);
    // Every rule the entry breaks, in words a person can act on; empty when it is valid.
    static QStringList problems(const Entry& entry);
    static Status validate(const Entry& entry);
};

} // namespace cpd
