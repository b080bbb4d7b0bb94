#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// suggest-topics (--text-file FILE | -) [--json] [--limit N]: All Our Health topics for a text.
class SuggestTopicsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("suggest-topics"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
