#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// search QUERY [--json] [--limit N]: full-text search, best match first.
class SearchCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("search QUERY [--json] [--limit N]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
