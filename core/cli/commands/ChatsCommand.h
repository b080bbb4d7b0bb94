#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// chats suggest / accept / discard: tweet chats grouped into suggested participatory entries.
class ChatsCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("chats"); }
    QString synopsis() const override { return QStringLiteral("chats suggest [--json]\nchats accept KEY\nchats discard KEY"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
