#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// backup [-o FILE [--encrypt (--passphrase-file FILE | --passphrase-stdin)]] [--json]
// backup --list [--json]
class BackupCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override
    {
        return QStringLiteral("backup [-o FILE [--encrypt (--passphrase-file FILE | --passphrase-stdin)]] [--json]\n"
                              "backup --list [--json]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
