#pragma once

#include "cli/CliCommand.h"
#include "util/Result.h"

#include <memory>

namespace cpd {

class SecretStore;
struct TeamServerSettings;

// The organisation's PostgreSQL store: `team server init/add-team/add-member/add-manager` for
// its administrator, `team server connect/status/dashboard` and `team publish` for members and
// managers. (team keygen/export-summary/import/dashboard over bundles are TeamCommand's.)
// Passwords go only to the OS keychain; the journal keeps where the server is.
//
// The other team verbs go on to bundleCommands (TeamCommand), except `team dashboard`, which
// reads from the server when this journal has one set up (--source bundles reads the bundles).
class TeamServerCommand final : public CliCommand
{
public:
    explicit TeamServerCommand(std::unique_ptr<CliCommand> bundleCommands = {});
    ~TeamServerCommand() override;

    QString name() const override { return QStringLiteral("team"); }
    QString synopsis() const override;
    QString summary() const override;
    QStringList subcommands() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    std::unique_ptr<CliCommand> m_bundleCommands;

    int init(CliContext& context, const QStringList& args);
    int admin(CliContext& context, const QString& verb, const QStringList& args);
    int connect(CliContext& context, const QStringList& args);
    int status(CliContext& context, const QStringList& args);
    int dashboard(CliContext& context, const QStringList& args);
    int publish(CliContext& context, const QStringList& args);

    // The password from standard input (--password-stdin: its first line) or typed at the
    // terminal with echo off.
    static Result<QString> readPassword(CliContext& context, bool fromStdin, const QString& prompt);
};

} // namespace cpd
