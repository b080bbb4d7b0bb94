#include "cli/commands/GuidelineCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/EvidenceLinker.h"
#include "evidence/GuidelineRepository.h"
#include "evidence/PageMetadataFetcher.h"
#include "standards/JsonFields.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace cpd {

QString GuidelineCommand::summary() const
{
    return QStringLiteral("Adds a guideline by URL (fetching its title, publisher and dates; --no-fetch to type them) or from "
                          "JSON (prints its id), or lists the library.");
}

int GuidelineCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    CliParser parser;
    if (action == QLatin1String("list")) {
        parser.flag(QStringLiteral("json"), QStringLiteral("print the guidelines as JSON"));
        if (auto ok = parser.parse(args.mid(1)); !ok)
            return context.usageError(ok.error().message, synopsis());
        if (!parser.positional().isEmpty())
            return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
        auto db = context.journal();
        if (!db)
            return context.userError(db.error().message);
        auto all = GuidelineRepository(**db, context.clock()).list();
        if (!all)
            return context.userError(all.error().message);
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const Guideline& g : std::as_const(*all))
                array.append(g.toJson());
            context.printJson(array);
            return ExitOk;
        }
        for (const Guideline& g : std::as_const(*all)) {
            context.out() << g.id << "  " << (g.identifier.isEmpty() ? QString() : g.identifier + QStringLiteral("  ")) << g.title
                          << (g.publisher.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(g.publisher)) << '\n';
        }
        context.out() << (all->size() == 1 ? QStringLiteral("1 guideline") : QStringLiteral("%1 guidelines").arg(all->size())) << '\n';
        return ExitOk;
    }
    if (action != QLatin1String("add"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say add or list")
                                                   : QStringLiteral("unknown guideline action \"%1\"").arg(action),
                                  synopsis());
    parser.option(QStringLiteral("url"), QStringLiteral("URL"), QStringLiteral("the guideline's web address"));
    parser.flag(QStringLiteral("no-fetch"), QStringLiteral("do not fetch the page; store what is given"));
    parser.option(QStringLiteral("title"), QStringLiteral("TITLE"), QStringLiteral("the title (with --no-fetch)"));
    parser.option(QStringLiteral("json"), QStringLiteral("FILE"), QStringLiteral("the guideline JSON, or - for standard input"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    const bool byUrl = parser.isSet(QStringLiteral("url"));
    const bool byJson = parser.isSet(QStringLiteral("json"));
    if (byUrl == byJson)
        return context.usageError(QStringLiteral("give either --url URL or --json FILE"), synopsis());
    if (byJson && (parser.isSet(QStringLiteral("no-fetch")) || parser.isSet(QStringLiteral("title"))))
        return context.usageError(QStringLiteral("--no-fetch and --title go with --url"), synopsis());

    Guideline guideline;
    QStringList linkTo;
    if (byJson) {
        auto bytes = context.readInput(parser.value(QStringLiteral("json")), 4 * 1024 * 1024);
        if (!bytes)
            return context.userError(bytes.error().message);
        auto parsed = Guideline::parseDocument(*bytes);
        if (!parsed)
            return context.userError(parsed.error().message);
        guideline = *parsed;
        linkTo = guideline.entryIds;
    } else {
        const QUrl url(parser.value(QStringLiteral("url")).trimmed(), QUrl::StrictMode);
        if (auto ok = HttpFetcher::checkScheme(url); !ok)
            return context.userError(ok.error().message);
        guideline.url = url.toString();
        guideline.identifier = Guideline::identifierFromUrl(url);
        if (parser.isSet(QStringLiteral("no-fetch"))) {
            guideline.title = parser.value(QStringLiteral("title")).trimmed();
            if (guideline.title.isEmpty())
                guideline.title = url.toDisplayString();
        } else {
            QNetworkAccessManager manager;
            auto md = PageMetadataFetcher::fetchNow(manager, url);
            if (!md)
                return context.userError(QStringLiteral("%1 (to add it without fetching: guideline add --url URL --no-fetch)")
                                             .arg(md.error().message));
            guideline.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : md->title;
            guideline.publisher = md->publisher.isEmpty() ? md->siteName : md->publisher;
            if (md->canonicalUrl.isValid())
                guideline.url = md->canonicalUrl.toString();
            if (!md->identifier.isEmpty())
                guideline.identifier = md->identifier;
            guideline.published = md->published;
            guideline.updated = md->updated;
            guideline.notes = md->description;
        }
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    GuidelineRepository repository(**db, context.clock());
    auto added = repository.add(guideline);
    if (!added)
        return context.userError(added.error().message);
    EvidenceLinker linker(**db, context.clock());
    for (const QString& entryId : std::as_const(linkTo)) {
        if (auto ok = linker.linkGuideline(entryId, added->id); !ok) {
            repository.remove(added->id);
            return context.userError(ok.error().message);
        }
    }
    context.out() << added->id << Qt::endl;
    return ExitOk;
}

} // namespace cpd
