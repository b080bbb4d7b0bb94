#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// guideline add / list: the guideline library (add by URL fetches its metadata; --no-fetch or --json for offline).
class GuidelineCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("guideline"); }
    QString synopsis() const override
    {
        return QStringLiteral("guideline add (--url URL [--no-fetch] [--title T] | --json FILE)\nguideline list [--json]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
