#pragma once

#include <QString>
#include <QStringList>

namespace cpd {

class CliContext;

// Exit codes every command keeps to: scripts rely on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitUserError = 1, // one line on stderr saying what was wrong
    ExitUsage = 2,     // the command line itself was wrong
};

// One verb of cpdjournal-cli. Commands hold no state between runs.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    // The usage line(s) after the program name, e.g. "show ID [--json]".
    virtual QString synopsis() const = 0;
    virtual QString summary() const = 0;
    // Sub-verbs this command answers (e.g. "json" for "import json"), when several commands share
    // a name; empty means it takes whatever follows its name.
    virtual QStringList subcommands() const { return {}; }
    virtual int run(CliContext& context, const QStringList& args) = 0;
};

} // namespace cpd
