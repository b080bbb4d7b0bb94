#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// feed add / refresh / list: RSS and Atom subscriptions.
class FeedCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("feed"); }
    QString synopsis() const override { return QStringLiteral("feed add URL\nfeed refresh [--json]\nfeed list [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
