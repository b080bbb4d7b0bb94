#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// record add TYPE --json FILE / record list [--json] [--type TYPE]: the revalidation records
// (practice hours, reflective discussion, confirmation, declarations, PDP review).
class RecordCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("record"); }
    QString synopsis() const override
    {
        return QStringLiteral("record add (practice-hours | discussion | confirmation | declaration | pdp-review) "
                              "--json FILE\nrecord list [--json] [--type TYPE]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
