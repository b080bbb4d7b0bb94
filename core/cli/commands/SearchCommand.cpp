#include "cli/commands/SearchCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "search/EntrySearch.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cpd {

QString SearchCommand::summary() const
{
    return QStringLiteral("Searches titles, reflections, tags and link titles. Every word must "
                          "match; \"quoted words\" match as a phrase; word* matches a prefix. "
                          "Snippets mark matches [like this].");
}

int SearchCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print results as JSON"))
        .option(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N results (default 20)"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (parser.positional().isEmpty())
        return context.usageError(QStringLiteral("say what to search for"), synopsis());
    auto limit = parser.intValue(QStringLiteral("limit"), 20, 1, 100000);
    if (!limit)
        return context.usageError(limit.error().message, synopsis());
    const QString query = parser.positional().join(QLatin1Char(' '));
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto hits = EntrySearch(**db).search(query, *limit);
    if (!hits)
        return context.userError(hits.error().message);
    const QString open = QStringLiteral("[");
    const QString close = QStringLiteral("]");
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& h : std::as_const(*hits)) {
            array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                     {QStringLiteral("title"), h.title},
                                     {QStringLiteral("date"), h.date.toString(Qt::ISODate)},
                                     {QStringLiteral("activity"), h.activity},
                                     {QStringLiteral("snippet"), h.snippetMarked(open, close)},
                                     {QStringLiteral("rank"), h.rank}});
        }
        context.printJson(array);
        return ExitOk;
    }
    QTextStream& out = context.out();
    for (const SearchHit& h : std::as_const(*hits)) {
        out << h.date.toString(Qt::ISODate) << "  " << h.title << "  " << h.id << '\n'
            << "    " << h.snippetMarked(open, close).simplified() << '\n';
    }
    if (hits->isEmpty())
        out << "No entries match \"" << query << "\".\n";
    return ExitOk;
}

} // namespace cpd
