#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// list [--json] [filters]: the journal (or the trash), newest first.
class ListCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
