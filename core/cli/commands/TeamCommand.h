#pragma once

#include "cli/CliCommand.h"

#include <functional>
#include <memory>

namespace cpd {

class SecretStore;

// team keygen / export-summary / import / dashboard: signed offline team summaries and the
// manager's dashboard over the imported ones. (team server … and team publish are
// TeamServerCommand's, chosen by sub-verb.)
class TeamCommand final : public CliCommand
{
public:
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;
    // The keychain by default; tests may give another store.
    explicit TeamCommand(SecretStoreFactory secrets = {});
    ~TeamCommand() override;

    QString name() const override { return QStringLiteral("team"); }
    QString synopsis() const override
    {
        return QStringLiteral("team keygen [--replace] [--json]\n"
                              "team export-summary -o FILE [--share ID]... [--as-of DATE]\n"
                              "team import FILE... [--json]\n"
                              "team dashboard [--as-of DATE] [--json]");
    }
    QString summary() const override;
    QStringList subcommands() const override
    {
        return {QStringLiteral("keygen"), QStringLiteral("export-summary"), QStringLiteral("import"),
                QStringLiteral("dashboard")};
    }
    int run(CliContext& context, const QStringList& args) override;

private:
    int keygen(CliContext& context, const QStringList& args);
    int exportSummary(CliContext& context, const QStringList& args);
    int importBundles(CliContext& context, const QStringList& args);
    int dashboard(CliContext& context, const QStringList& args);

    SecretStoreFactory m_secrets;
};

} // namespace cpd
