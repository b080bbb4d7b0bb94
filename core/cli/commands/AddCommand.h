#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// add (--json FILE | -): stores one entry (or an array of entries) and prints the new ids.
class AddCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("add"); }
    QString synopsis() const override { return QStringLiteral("add (--json FILE | -)"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
