#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// fetch-metadata URL [--json]: fetches a page's title, Open Graph, citation and Dublin Core metadata (http and https only, time-outs and size limits).
class FetchMetadataCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("fetch-metadata"); }
    QString synopsis() const override { return QStringLiteral("fetch-metadata URL [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
