#pragma once

#include "cli/CliCommand.h"

namespace cpd {

struct Entry;

// show ID [--json]: one entry, readable or in its JSON form.
class ShowCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override { return QStringLiteral("show ID [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

    static QString readable(const Entry& entry);
};

} // namespace cpd
