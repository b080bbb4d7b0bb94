#include "cli/CliParser.h"

namespace cpd {

CliParser& CliParser::flag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
    return *this;
}

CliParser& CliParser::option(const QString& name, const QString& valueName, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
    return *this;
}

Status CliParser::parse(const QStringList& args)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!m_parser.parse(QStringList{QStringLiteral("cpdjournal-cli")} + args))
        return fail(m_parser.errorText());
    return {};
}

Result<int> CliParser::intValue(const QString& name, int fallback, int min, int max) const
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const int v = m_parser.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        return fail(QStringLiteral("--%1 takes a whole number from %2 to %3").arg(name).arg(min).arg(max));
    return v;
}

} // namespace cpd
