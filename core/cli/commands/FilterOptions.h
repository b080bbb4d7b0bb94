#pragma once

#include "journal/EntryFilter.h"
#include "util/Result.h"

namespace cpd {

class CliParser;

// The filter options list and export share: --trash, --from, --to, --activity, --tag, --status,
// --topic, --level.
class FilterOptions
{
public:
    static void addTo(CliParser& parser);
    static Result<EntryFilter> read(const CliParser& parser);
    // Parses an option's YYYY-MM-DD value; an unset option gives an invalid date.
    static Result<QDate> date(const CliParser& parser, const QString& name);
};

} // namespace cpd
