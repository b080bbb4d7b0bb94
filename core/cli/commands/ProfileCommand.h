#pragma once

#include "cli/CliCommand.h"

namespace cpd {

struct Profile;

// profile show [--json] / profile set --json FILE: the revalidation profile.
class ProfileCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("profile"); }
    QString synopsis() const override
    {
        return QStringLiteral("profile show [--json]\nprofile set --json FILE");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

    static QString readable(const Profile& profile);
};

} // namespace cpd
