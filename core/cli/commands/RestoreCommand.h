#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace cpd {

// restore FILE [--passphrase-file FILE | --passphrase-stdin] [--json]: puts a backup in place of
// the journal. "restore ID" (an entry out of the trash) shares the verb: an argument that is not
// a file path goes on to that command.
class RestoreCommand final : public CliCommand
{
public:
    explicit RestoreCommand(std::unique_ptr<CliCommand> entryRestore = {});
    ~RestoreCommand() override;

    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    std::unique_ptr<CliCommand> m_entryRestore;
};

} // namespace cpd
