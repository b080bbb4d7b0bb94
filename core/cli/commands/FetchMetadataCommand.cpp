#include "cli/commands/FetchMetadataCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/PageMetadataFetcher.h"

#include <QNetworkAccessManager>

namespace cpd {

QString FetchMetadataCommand::summary() const
{
    return QStringLiteral("Fetches a page's metadata (title, Open Graph, citation_*, Dublin Core, canonical URL, publisher, "
                          "dates) without storing anything.");
}

int FetchMetadataCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the metadata as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (parser.positional().size() != 1)
        return context.usageError(QStringLiteral("say which page: fetch-metadata URL"), synopsis());
    const QUrl url = QUrl::fromUserInput(parser.positional().first());
    if (auto ok = HttpFetcher::checkScheme(QUrl(parser.positional().first())); !ok)
        return context.userError(ok.error().message);
    QNetworkAccessManager manager;
    auto md = PageMetadataFetcher::fetchNow(manager, url);
    if (!md)
        return context.userError(md.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(md->toJson());
        return ExitOk;
    }
    QTextStream& out = context.out();
    auto line = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            out << label << ": " << value << '\n';
    };
    line("Title", md->title);
    line("Publisher", md->publisher);
    line("Identifier", md->identifier);
    line("Published", md->published.toString(Qt::ISODate));
    line("Updated", md->updated.toString(Qt::ISODate));
    line("Canonical URL", md->canonicalUrl.toString());
    line("Address", md->finalUrl.toString());
    line("Type", md->contentType);
    line("Description", md->description);
    if (md->truncated)
        out << "(only the first 2 MiB of the page were read)\n";
    return ExitOk;
}

} // namespace cpd
