#include "cli/CliApplication.h"

#include "cli/CliContext.h"

namespace cpd {

CliApplication::CliApplication(const Clock& clock) : m_clock(clock) {}

CliApplication::~CliApplication() = default;

void CliApplication::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
}

CliCommand* CliApplication::find(const QString& name, const QStringList& args) const
{
    // A command that claims the sub-verb wins; otherwise the first of that name that claims none.
    CliCommand* fallback = nullptr;
    for (const auto& c : m_commands) {
        if (c->name() != name)
            continue;
        const QStringList subs = c->subcommands();
        if (!args.isEmpty() && subs.contains(args.first()))
            return c.get();
        if (!fallback && subs.isEmpty())
            fallback = c.get();
        if (!fallback && args.isEmpty())
            fallback = c.get();
    }
    return fallback;
}

QString CliApplication::help() const
{
    QString text = QStringLiteral(
        "Usage: cpdjournal-cli [--db FILE] COMMAND [ARGS…]\n\n"
        "Keeps a reflective CPD journal from the command line. The journal is FILE, else\n"
        "$CPDJOURNAL_DB, else the journal in your data folder.\n\n"
        "Commands:\n");
    for (const auto& c : m_commands) {
        const QStringList lines = c->synopsis().split(QLatin1Char('\n'));
        for (const QString& line : lines)
            text += QStringLiteral("  %1\n").arg(line);
        text += QStringLiteral("      %1\n").arg(c->summary());
    }
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --db FILE     the journal file to use\n"
        "  --help        this help; COMMAND --help shows a command's own\n"
        "  --version     the version\n\n"
        "Exit status: 0 success, 1 a problem with the data or the journal (one line on stderr),\n"
        "2 a mistake in the command line.\n");
    return text;
}

int CliApplication::run(const QStringList& arguments, QTextStream& out, QTextStream& err, QIODevice& in)
{
    QString db;
    QStringList rest;
    // Global options may come before the command; --db may also come after it.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << "cpdjournal-cli: --db needs a FILE" << Qt::endl;
                return ExitUsage;
            }
            db = arguments.at(++i);
        } else if (a.startsWith(QLatin1String("--db="))) {
            db = a.mid(5);
        } else if (rest.isEmpty() && (a == QLatin1String("--version") || a == QLatin1String("-v"))) {
            out << "cpdjournal-cli " << CPD_VERSION << Qt::endl;
            return ExitOk;
        } else if (rest.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            out << help();
            out.flush();
            return ExitOk;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        err << help();
        return ExitUsage;
    }
    const auto wantsHelp = [](const QStringList& args) {
        return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
    };
    const auto usage = [&out](const QStringList& lines) {
        out << "usage:\n";
        for (const QString& line : lines)
            out << "  cpdjournal-cli [--db FILE] " << line << '\n';
    };
    CliCommand* command = find(rest.first(), rest.mid(1));
    if (!command) {
        QStringList kinds;
        QStringList synopses;
        for (const auto& c : m_commands) {
            if (c->name() == rest.first()) {
                kinds << c->subcommands();
                synopses << c->synopsis().split(QLatin1Char('\n'));
            }
        }
        if (!kinds.isEmpty() && wantsHelp(rest.mid(1))) {
            // "team --help": every verb of the noun.
            usage(synopses);
            out.flush();
            return ExitOk;
        }
        if (!kinds.isEmpty()) {
            err << "cpdjournal-cli: " << rest.first() << " needs one of: " << kinds.join(QLatin1String(", "))
                << Qt::endl;
            return ExitUsage;
        }
        err << "cpdjournal-cli: unknown command \"" << rest.first()
            << "\"; run cpdjournal-cli --help for the list" << Qt::endl;
        return ExitUsage;
    }
    const QStringList args = rest.mid(1);
    if (wantsHelp(args)) {
        // "team server init --help": only the lines of that verb (the longest run of the words
        // given that some lines start with), else the command's whole synopsis.
        const QStringList lines = command->synopsis().split(QLatin1Char('\n'));
        QStringList words;
        for (const QString& a : args) {
            if (a.startsWith(QLatin1Char('-')))
                break;
            words << a;
        }
        QStringList own;
        for (qsizetype n = words.size(); n > 0 && own.isEmpty(); --n) {
            const QString prefix = command->name() + QLatin1Char(' ') + words.mid(0, n).join(QLatin1Char(' '));
            for (const QString& line : lines) {
                if (line == prefix || line.startsWith(prefix + QLatin1Char(' ')))
                    own << line;
            }
        }
        usage(own.isEmpty() ? lines : own);
        out << '\n' << command->summary() << Qt::endl;
        return ExitOk;
    }
    CliContext context(db, out, err, in, m_clock);
    const int code = command->run(context, args);
    out.flush();
    err.flush();
    return code;
}

} // namespace cpd
