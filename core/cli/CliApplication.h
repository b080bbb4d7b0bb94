#pragma once

#include "cli/CliCommand.h"

#include <QTextStream>

#include <memory>
#include <vector>

class QIODevice;

namespace cpd {

class Clock;

// cpdjournal-cli: global options (--db, --help, --version), then one command and its arguments.
class CliApplication
{
public:
    explicit CliApplication(const Clock& clock);
    ~CliApplication();

    void add(std::unique_ptr<CliCommand> command);
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err, QIODevice& in);
    QString help() const;

private:
    CliCommand* find(const QString& name, const QStringList& args) const;

    const Clock& m_clock;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace cpd
