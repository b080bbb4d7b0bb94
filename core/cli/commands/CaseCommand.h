#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// case add / list: anonymised patient-case learning, checked for identifiers before it is saved.
class CaseCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("case"); }
    QString synopsis() const override { return QStringLiteral("case add --json FILE\ncase list [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
