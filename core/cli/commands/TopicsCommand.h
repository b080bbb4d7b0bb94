#pragma once

#include "cli/CliCommand.h"

namespace cpd {

class TopicCatalogue;

// topics list [--json] | topics coverage [--from DATE] [--to DATE] [--json]
class TopicsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("topics"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    int list(CliContext& context, const TopicCatalogue& catalogue, const QStringList& args);
    int coverage(CliContext& context, const TopicCatalogue& catalogue, const QStringList& args);
};

} // namespace cpd
