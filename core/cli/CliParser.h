#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QStringList>

namespace cpd {

// A command's own options and positional arguments (a thin layer over QCommandLineParser that
// reports problems as Results rather than exiting the process).
class CliParser
{
public:
    CliParser& flag(const QString& name, const QString& description);
    CliParser& option(const QString& name, const QString& valueName, const QString& description);
    Status parse(const QStringList& args);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    // The value of name as a whole number, or an error naming the option.
    Result<int> intValue(const QString& name, int fallback, int min, int max) const;

private:
    QCommandLineParser m_parser;
};

} // namespace cpd
