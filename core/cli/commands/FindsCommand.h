#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// finds list: the social-media finds, newest first.
class FindsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("finds"); }
    QString synopsis() const override { return QStringLiteral("finds list [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
