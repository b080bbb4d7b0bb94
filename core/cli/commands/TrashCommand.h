#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// delete ID | restore ID | purge ID: into the trash, back out, or gone for good.
class TrashCommand final : public CliCommand
{
public:
    enum class Action { Delete, Restore, Purge };
    explicit TrashCommand(Action action) : m_action(action) {}

    QString name() const override;
    QString synopsis() const override { return name() + QStringLiteral(" ID"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    Action m_action;
};

} // namespace cpd
