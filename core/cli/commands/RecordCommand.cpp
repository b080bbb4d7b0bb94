#include "cli/commands/RecordCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "standards/RecordRepository.h"

#include <QJsonArray>

namespace cpd {

QString RecordCommand::summary() const
{
    return QStringLiteral("Adds a revalidation record from its JSON form (prints its id), or lists them.");
}

int RecordCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    CliParser parser;
    if (action == QLatin1String("add")) {
        parser.option(QStringLiteral("json"), QStringLiteral("FILE"), QStringLiteral("the record JSON, or - for standard input"));
        if (auto ok = parser.parse(args.mid(1)); !ok)
            return context.usageError(ok.error().message, synopsis());
        const QStringList positional = parser.positional();
        if (positional.size() != 1)
            return context.usageError(QStringLiteral("say which record to add: %1").arg(Record::types().join(QStringLiteral(", "))),
                                      synopsis());
        const QString type = positional.first();
        if (!Record::types().contains(type))
            return context.usageError(QStringLiteral("unknown record type \"%1\"").arg(type), synopsis());
        const QString source = parser.value(QStringLiteral("json"));
        if (source.isEmpty())
            return context.usageError(QStringLiteral("say where the record is: --json FILE, or - for standard input"), synopsis());
        auto bytes = context.readInput(source);
        if (!bytes)
            return context.userError(bytes.error().message);
        auto record = Record::parseDocument(type, *bytes);
        if (!record)
            return context.userError(record.error().message);
        auto db = context.journal();
        if (!db)
            return context.userError(db.error().message);
        auto added = RecordRepository(**db, context.clock()).add(*record);
        if (!added)
            return context.userError(added.error().message);
        context.out() << added->id << Qt::endl;
        return ExitOk;
    }
    if (action != QLatin1String("list"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say add or list")
                                                   : QStringLiteral("unknown record action \"%1\"").arg(action),
                                  synopsis());
    parser.flag(QStringLiteral("json"), QStringLiteral("print the records' JSON forms"));
    parser.option(QStringLiteral("type"), QStringLiteral("TYPE"), QStringLiteral("only records of this type"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    const QString type = parser.value(QStringLiteral("type"));
    if (!type.isEmpty() && !Record::types().contains(type))
        return context.usageError(QStringLiteral("unknown record type \"%1\"").arg(type), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto records = RecordRepository(**db, context.clock()).list(type);
    if (!records)
        return context.userError(records.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Record& r : std::as_const(*records))
            array.append(r.toJson());
        context.printJson(array);
        return ExitOk;
    }
    for (const Record& r : std::as_const(*records)) {
        const DateRange span = r.span();
        const QString dates = span.start == span.end
            ? span.start.toString(Qt::ISODate)
            : QStringLiteral("%1 to %2").arg(span.start.toString(Qt::ISODate), span.end.toString(Qt::ISODate));
        context.out() << r.id << "  " << dates << "  " << r.type() << "  " << r.describe() << '\n';
    }
    if (records->isEmpty())
        context.out() << "No records yet.\n";
    return ExitOk;
}

} // namespace cpd
