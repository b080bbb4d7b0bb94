#include "cli/commands/AddCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "journal/EntryJson.h"
#include "journal/EntryRepository.h"

namespace cpd {

QString AddCommand::summary() const
{
    return QStringLiteral("Adds an entry (or an array of entries) in the entry JSON form, all or "
                          "nothing; prints each new id.");
}

int AddCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("json"), QStringLiteral("FILE"), QStringLiteral("the entry JSON, or - for standard input"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    QString source = parser.value(QStringLiteral("json"));
    const QStringList positional = parser.positional();
    if (source.isEmpty() && positional == QStringList{QStringLiteral("-")})
        source = QStringLiteral("-");
    else if (!positional.isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()), synopsis());
    if (source.isEmpty())
        return context.usageError(QStringLiteral("say where the entry is: --json FILE, or - for standard input"), synopsis());

    auto bytes = context.readInput(source);
    if (!bytes)
        return context.userError(bytes.error().message);
    auto entries = EntryJson::parseDocument(*bytes);
    if (!entries)
        return context.userError(entries.error().message);
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    EntryRepository repository(**db, context.clock());
    auto added = repository.addMany(*entries);
    if (!added)
        return context.userError(added.error().message);
    for (const Entry& e : std::as_const(*added))
        context.out() << e.id << '\n';
    return ExitOk;
}

} // namespace cpd
