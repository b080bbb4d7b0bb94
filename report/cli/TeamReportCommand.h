#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// team report -o FILE [--as-of DATE] [--source server|bundles]: the team report PDF (TeamReport)
// from the imported bundles, or from the team server when this journal has one set up (as
// `team dashboard`). Another "team" command beside TeamCommand and TeamServerCommand, chosen by
// its sub-verb; it lives in report/ because a PDF needs Qt Gui.
class TeamReportCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("team"); }
    QString synopsis() const override
    {
        return QStringLiteral("team report -o FILE [--as-of DATE] [--source server|bundles]");
    }
    QString summary() const override;
    QStringList subcommands() const override { return {QStringLiteral("report")}; }
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
