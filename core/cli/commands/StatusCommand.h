#pragma once

#include "cli/CliCommand.h"

namespace cpd {

struct RevalidationStatus;

// status --standard (nmc | gp) [--as-of DATE] [--json]: progress against a standard.
class StatusCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString synopsis() const override { return QStringLiteral("status --standard (nmc | gp) [--as-of DATE] [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

    static QString readable(const RevalidationStatus& status);
};

} // namespace cpd
