#include "cli/commands/StatusCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "standards/RevalidationService.h"
#include "standards/StandardRules.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace cpd {

QString StatusCommand::summary() const
{
    return QStringLiteral("Shows progress against the NMC or GP appraisal requirements: what is done, what "
                          "is missing, and the days to the application date.");
}

QString StatusCommand::readable(const RevalidationStatus& s)
{
    const auto day = [](const QDate& d) { return d.toString(Qt::ISODate); };
    QString out = QStringLiteral("%1: %2 to %3 (as of %4)\n")
                      .arg(s.name, day(s.period.start), day(s.period.end), day(s.asOf));
    const qint64 days = s.daysToApplication();
    out += QStringLiteral("Application date: %1 (%2); opens %3\n")
               .arg(day(s.applicationDate),
                    days >= 0 ? QStringLiteral("in %1 days").arg(days) : QStringLiteral("%1 days ago").arg(-days),
                    day(s.applicationOpens));
    out += QLatin1Char('\n');
    for (const RequirementProgress& r : s.requirements) {
        out += QStringLiteral("  %1  %2 %3 / %4\n")
                   .arg(r.met ? QStringLiteral("done   ") : QStringLiteral("to do  "), r.label.leftJustified(36),
                        StandardRules::amount(r.achieved), StandardRules::amount(r.required));
    }
    const QStringList missing = s.missing();
    if (missing.isEmpty()) {
        out += QStringLiteral("\nEverything is in place.\n");
    } else {
        out += QStringLiteral("\nStill missing:\n");
        for (const QString& m : missing)
            out += QStringLiteral("  - %1\n").arg(m);
    }
    return out;
}

int StatusCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("standard"), QStringLiteral("STANDARD"), QStringLiteral("nmc or gp"));
    parser.option(QStringLiteral("as-of"), QStringLiteral("DATE"), QStringLiteral("the day to report on (default today)"));
    parser.flag(QStringLiteral("json"), QStringLiteral("print the status as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    const QString standard = parser.value(QStringLiteral("standard"));
    if (standard.isEmpty())
        return context.usageError(QStringLiteral("say which standard: --standard %1").arg(standards.ids().join(QStringLiteral(" or "))),
                                  synopsis());
    if (!standards.find(standard))
        return context.usageError(QStringLiteral("unknown standard \"%1\"; use %2")
                                      .arg(standard, standards.ids().join(QStringLiteral(" or "))),
                                  synopsis());
    QDate asOf = context.clock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString value = parser.value(QStringLiteral("as-of"));
        asOf = QDate::fromString(value, Qt::ISODate);
        if (!shape.match(value).hasMatch() || !asOf.isValid())
            return context.usageError(QStringLiteral("--as-of takes a date written YYYY-MM-DD, not \"%1\"").arg(value),
                                      synopsis());
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto status = RevalidationService(**db, standards).status(standard, asOf);
    if (!status)
        return context.userError(status.error().message);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(status->toJson());
    else
        context.out() << readable(*status);
    return ExitOk;
}

} // namespace cpd
