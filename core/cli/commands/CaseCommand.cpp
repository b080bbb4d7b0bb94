#include "cli/commands/CaseCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/CaseNoteRepository.h"
#include "privacy/DismissalStore.h"
#include "privacy/IdentifierCheck.h"
#include "privacy/ScannerIdentifierCheck.h"

#include <QJsonArray>

namespace cpd {

QString CaseCommand::summary() const
{
    return QStringLiteral("Adds an anonymised case note from JSON (summary, setting, age_band, learning_points, outcome, "
                          "follow_up, entries; never a date of birth) and prints its id, or lists them.");
}

int CaseCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    CliParser parser;
    if (action == QLatin1String("add")) {
        parser.option(QStringLiteral("json"), QStringLiteral("FILE"), QStringLiteral("the case note JSON, or - for standard input"));
        if (auto ok = parser.parse(args.mid(1)); !ok)
            return context.usageError(ok.error().message, synopsis());
        if (!parser.positional().isEmpty())
            return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
        if (!parser.isSet(QStringLiteral("json")))
            return context.usageError(QStringLiteral("say where the case note is: --json FILE, or - for standard input"), synopsis());
        auto bytes = context.readInput(parser.value(QStringLiteral("json")), 4 * 1024 * 1024);
        if (!bytes)
            return context.userError(bytes.error().message);
        auto note = CaseNote::parseDocument(*bytes);
        if (!note)
            return context.userError(note.error().message);
        auto db = context.journal();
        if (!db)
            return context.userError(db.error().message);
        // Case notes holding a likely identifier are refused (text dismissed in the journal passes).
        const DismissalStore dismissals(**db);
        const ScannerIdentifierCheck check(&dismissals);
        auto added = CaseNoteRepository(**db, context.clock(), check).add(*note);
        if (!added)
            return context.userError(added.error().message);
        context.out() << added->id << Qt::endl;
        return ExitOk;
    }
    if (action != QLatin1String("list"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say add or list")
                                                   : QStringLiteral("unknown case action \"%1\"").arg(action),
                                  synopsis());
    parser.flag(QStringLiteral("json"), QStringLiteral("print the case notes as JSON"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto all = CaseNoteRepository(**db, context.clock(), IdentifierCheck::none()).list();
    if (!all)
        return context.userError(all.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const CaseNote& c : std::as_const(*all))
            array.append(c.toJson());
        context.printJson(array);
        return ExitOk;
    }
    for (const CaseNote& c : std::as_const(*all)) {
        QString summary = c.summary.simplified();
        if (summary.size() > 70)
            summary = summary.left(69) + QChar(0x2026);
        context.out() << c.id << "  " << c.created.date().toString(Qt::ISODate) << "  "
                      << (c.ageBand.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(c.ageBand)) << summary << '\n';
    }
    context.out() << (all->size() == 1 ? QStringLiteral("1 case note") : QStringLiteral("%1 case notes").arg(all->size())) << '\n';
    return ExitOk;
}

} // namespace cpd
