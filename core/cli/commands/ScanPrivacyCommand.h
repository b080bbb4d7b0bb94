#pragma once

#include "cli/CliCommand.h"

namespace cpd {

// scan-privacy (--text-file FILE | -) [--json]: lists likely patient identifiers in a text.
// Findings are not errors: the exit code is 0 whether or not anything is found.
class ScanPrivacyCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("scan-privacy"); }
    QString synopsis() const override { return QStringLiteral("scan-privacy (--text-file FILE | -) [--json]"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& args) override;
};

} // namespace cpd
