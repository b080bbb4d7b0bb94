#pragma once

#include "cli/CliCommand.h"

#include <memory>

namespace cpd {

// import json FILE: restores a whole-journal export (export --format json), all or nothing.
// The other import kinds (archives, bookmarks) go on to the command given, which shares the
// "import" verb.
class ImportJsonCommand final : public CliCommand
{
public:
    explicit ImportJsonCommand(std::unique_ptr<CliCommand> otherKinds = {});
    ~ImportJsonCommand() override;

    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;

private:
    std::unique_ptr<CliCommand> m_otherKinds;
};

} // namespace cpd
