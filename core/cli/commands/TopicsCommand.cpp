#include "cli/commands/TopicsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/commands/FilterOptions.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicCoverage.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cpd {

namespace {

QString hoursText(double h)
{
    return QString::number(h, 'f', 1);
}

} // namespace

QString TopicsCommand::synopsis() const
{
    return QStringLiteral("topics list [--json]\n"
                          "topics coverage [--from DATE] [--to DATE] [--json]");
}

QString TopicsCommand::summary() const
{
    return QStringLiteral("Lists the All Our Health topics, or shows the hours and entries per topic and "
                          "group over a period and the topics not covered.");
}

int TopicsCommand::run(CliContext& context, const QStringList& args)
{
    if (args.isEmpty())
        return context.usageError(QStringLiteral("say which: topics list, or topics coverage"), synopsis());
    QString problem;
    const TopicCatalogue catalogue = TopicCatalogue::load(&problem);
    if (!problem.isEmpty())
        context.err() << "cpdjournal-cli: warning: " << problem << "; using the built-in topics" << Qt::endl;
    const QString sub = args.first();
    if (sub == QLatin1String("list"))
        return list(context, catalogue, args.mid(1));
    if (sub == QLatin1String("coverage"))
        return coverage(context, catalogue, args.mid(1));
    return context.usageError(QStringLiteral("unknown topics command \"%1\"").arg(sub), synopsis());
}

int TopicsCommand::list(CliContext& context, const TopicCatalogue& catalogue, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the catalogue as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Topic& t : catalogue.topics()) {
            out.append(QJsonObject{{QStringLiteral("id"), t.id},
                                   {QStringLiteral("title"), t.title},
                                   {QStringLiteral("group"), t.group},
                                   {QStringLiteral("status"), t.status},
                                   {QStringLiteral("guide"), t.guide.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.guide)},
                                   {QStringLiteral("aliases"), QJsonArray::fromStringList(t.aliases)},
                                   {QStringLiteral("keywords"), QJsonArray::fromStringList(t.keywords)}});
        }
        context.printJson(out);
        return ExitOk;
    }
    QTextStream& out = context.out();
    out << "All Our Health topics (catalogue " << (catalogue.version().isEmpty() ? QStringLiteral("unversioned") : catalogue.version())
        << ")\n";
    const QStringList groups = catalogue.groups();
    for (const QString& g : groups) {
        out << '\n' << g << '\n';
        for (const Topic& t : catalogue.topics()) {
            if (t.group != g)
                continue;
            out << "  " << qSetFieldWidth(44) << Qt::left << t.id << qSetFieldWidth(0) << t.shortTitle()
                << (t.isWithdrawn() ? " (withdrawn)" : "") << '\n';
        }
    }
    return ExitOk;
}

int TopicsCommand::coverage(CliContext& context, const TopicCatalogue& catalogue, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the coverage as JSON"));
    parser.option(QStringLiteral("from"), QStringLiteral("DATE"), QStringLiteral("first day (YYYY-MM-DD)"));
    parser.option(QStringLiteral("to"), QStringLiteral("DATE"), QStringLiteral("last day (YYYY-MM-DD)"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    const auto from = FilterOptions::date(parser, QStringLiteral("from"));
    if (!from)
        return context.usageError(from.error().message, synopsis());
    const auto to = FilterOptions::date(parser, QStringLiteral("to"));
    if (!to)
        return context.usageError(to.error().message, synopsis());
    if (from->isValid() && to->isValid() && *from > *to)
        return context.usageError(QStringLiteral("--from is after --to"), synopsis());

    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    const auto report = TopicCoverage(**db, catalogue).compute(*from, *to);
    if (!report)
        return context.userError(report.error().message);

    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(report->toJson());
        return ExitOk;
    }
    QTextStream& out = context.out();
    const QString period = QStringLiteral("%1 to %2")
                               .arg(from->isValid() ? from->toString(Qt::ISODate) : QStringLiteral("the start"),
                                    to->isValid() ? to->toString(Qt::ISODate) : QStringLiteral("today"));
    out << "Topic coverage, " << period << ": " << report->entriesWithTopics << " of " << report->entries
        << " entries mapped to a topic\n\nBy group (hours, entries, topics covered)\n";
    for (const auto& g : report->groups) {
        out << "  " << qSetFieldWidth(52) << Qt::left << g.group << qSetFieldWidth(7) << Qt::right
            << hoursText(g.hours) << qSetFieldWidth(7) << g.entries << qSetFieldWidth(0) << Qt::left << "   "
            << g.topicsCovered << '/' << g.topics << '\n';
    }
    out << "\nBy topic (hours, entries)\n";
    for (const auto& t : report->topics) {
        if (t.entries == 0)
            continue;
        out << "  " << qSetFieldWidth(52) << Qt::left << t.title + (t.withdrawn ? QStringLiteral(" (withdrawn)") : QString())
            << qSetFieldWidth(7) << Qt::right << hoursText(t.hours) << qSetFieldWidth(7) << t.entries
            << qSetFieldWidth(0) << Qt::left << '\n';
    }
    out << "\nNot covered in this period (" << report->neverCovered.size() << ")\n";
    for (const QString& id : report->neverCovered)
        out << "  " << catalogue.shortTitleFor(id) << '\n';
    return ExitOk;
}

} // namespace cpd
