#include "cli/TeamReportCommand.h"

#include "TeamReport.h"
#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "secrets/KeychainSecretStore.h"
#include "team/TeamStore.h"
#include "teamserver/ServerSummarySource.h"
#include "teamserver/TeamServerSettingsStore.h"
#include "topics/TopicCatalogue.h"
#include "util/Clock.h"

namespace cpd {

QString TeamReportCommand::summary() const
{
    return QStringLiteral(
        "Writes the team report PDF (team table, topic coverage, sign-offs and notes; never "
        "reflections) from the imported bundles, or from the team server when one is set up.");
}

int TeamReportCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("o"), QStringLiteral("FILE"), QStringLiteral("the PDF to write"));
    parser.option(QStringLiteral("as-of"), QStringLiteral("DATE"),
                  QStringLiteral("the day to judge deadlines on"));
    parser.option(
        QStringLiteral("source"), QStringLiteral("server|bundles"),
        QStringLiteral("where the summaries come from (default: the server when one is set up)"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()),
            synopsis());
    const QString path = parser.value(QStringLiteral("o"));
    if (path.isEmpty())
        return context.usageError(QStringLiteral("say where to write the report with -o FILE"),
                                  synopsis());
    QDate asOf = context.clock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return context.usageError(QStringLiteral("--as-of needs a date as YYYY-MM-DD"),
                                      synopsis());
    }
    const QString from = parser.value(QStringLiteral("source"));
    if (!from.isEmpty() && from != QLatin1String("server") && from != QLatin1String("bundles"))
        return context.usageError(
            QStringLiteral("--source is server or bundles, not \"%1\"").arg(from), synopsis());

    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    TeamStore store(**db, context.clock());
    TeamSummarySource* source = &store;
    KeychainSecretStore secrets;
    std::unique_ptr<ServerSummarySource> server;
    if (from != QLatin1String("bundles")) {
        auto configured = TeamServerSettingsStore(**db, context.clock()).load();
        if (!configured)
            return context.userError(configured.error().message);
        if (configured->has_value()) {
            auto opened = ServerSummarySource::fromJournal(**db, context.clock(), secrets);
            if (!opened)
                return context.userError(opened.error().message);
            server = std::move(*opened);
            source = server.get();
        } else if (from == QLatin1String("server")) {
            return context.userError(QStringLiteral(
                "this journal has no team server set up; run: team server connect --url URL"));
        }
    }
    auto report = TeamReport::load(*source, &store, TopicCatalogue::load(), asOf);
    if (!report)
        return context.userError(report.error().message);
    if (auto written = report->writePdf(path); !written)
        return context.userError(written.error().message);
    context.out() << QStringLiteral("Team report (%1 members, from %2) written to %3.")
                         .arg(report->dashboard.members.size())
                         .arg(report->dashboard.source, path)
                  << Qt::endl;
    return ExitOk;
}

} // namespace cpd
