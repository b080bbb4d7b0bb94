#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// demo --entries N [--seed S] [--end DATE]: fills the journal with realistic sample entries.
class DemoCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("demo --entries N [--seed S] [--end DATE]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
