#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// import twitter-archive / mastodon-archive / bookmarks: social-media finds, all or nothing, idempotent.
class ImportArchiveCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QStringList subcommands() const override
    {
        return {QStringLiteral("twitter-archive"), QStringLiteral("mastodon-archive"), QStringLiteral("bookmarks")};
    }
    QString synopsis() const override
    {
        return QStringLiteral("import twitter-archive ZIP [--hashtag TAG]... [--since DATE] [--json]\nimport mastodon-archive (ZIP | outbox.json) [--json]\nimport bookmarks FILE [--json]");
    }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
