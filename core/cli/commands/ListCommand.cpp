#include "cli/commands/ListCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/commands/FilterOptions.h"
#include "journal/EntryJsonWriter.h"
#include "journal/EntryRepository.h"
#include "util/IndentedJson.h"

namespace cpd {

QString ListCommand::synopsis() const
{
    return QStringLiteral("list [--json] [--trash] [--from DATE] [--to DATE] [--activity A] [--tag T] "
                          "[--status S] [--topic ID]");
}

QString ListCommand::summary() const
{
    return QStringLiteral("Lists the entries, newest first (--json: every entry in full).");
}

int ListCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print entries in their JSON form"));
    FilterOptions::addTo(parser);
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto filter = FilterOptions::read(parser);
    if (!filter)
        return context.usageError(filter.error().message, synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    EntryRepository repository(**db, context.clock());

    if (parser.isSet(QStringLiteral("json"))) {
        // As printJson(EntryJson::toJsonArray(entries(filter))) would print it, byte for byte,
        // written a page at a time: 100,000 entries in one QJsonArray took 2.9 GB.
        QTextStream& out = context.out();
        bool first = true;
        QByteArray text("[");
        Status listed = repository.forEachPage(*filter, QStringLiteral("e.date DESC, e.seq DESC"), 500,
                                               [&](const QList<Entry>& page) -> Status {
                                                   for (const Entry& e : page) {
                                                       text.append(first ? "\n" : ",\n");
                                                       first = false;
                                                       IndentedJson::indent(text, 1);
                                                       EntryJsonWriter::append(text, e, 1);
                                                   }
                                                   out << QString::fromUtf8(text);
                                                   text.clear();
                                                   return {};
                                               });
        if (!listed) {
            out.flush();
            return context.userError(listed.error().message);
        }
        out << QString::fromUtf8(text) << "\n]\n";
        out.flush();
        return ExitOk;
    }
    auto count = repository.count(*filter);
    if (!count)
        return context.userError(count.error().message);
    auto rows = repository.summaries(*filter, 0, *count);
    if (!rows)
        return context.userError(rows.error().message);
    QTextStream& out = context.out();
    for (const EntrySummary& s : std::as_const(*rows)) {
        out << s.date.toString(Qt::ISODate) << "  " << qSetFieldWidth(16) << Qt::left << s.activity
            << qSetFieldWidth(0) << ' ' << qSetFieldWidth(5) << Qt::right << QString::number(s.hours, 'g', 4)
            << qSetFieldWidth(0) << Qt::left << "h  " << (s.status == QLatin1String("draft") ? "[draft] " : "")
            << s.title << "  " << s.id << '\n';
    }
    const int n = int(rows->size());
    out << (n == 1 ? QStringLiteral("1 entry") : QStringLiteral("%1 entries").arg(n))
        << (filter->place == EntryFilter::Place::Trash ? " in the trash" : "") << '\n';
    return ExitOk;
}

} // namespace cpd
