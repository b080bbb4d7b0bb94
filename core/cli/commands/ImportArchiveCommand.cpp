#include "cli/commands/ImportArchiveCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "importers/BookmarksImporter.h"
#include "importers/MastodonArchiveImporter.h"
#include "importers/TwitterArchiveImporter.h"

namespace cpd {

QString ImportArchiveCommand::summary() const
{
    return QStringLiteral("Imports social-media finds from an X/Twitter archive, a Mastodon archive or a bookmarks file: all or "
                          "nothing, keeping original ids, so importing again adds nothing.");
}

int ImportArchiveCommand::run(CliContext& context, const QStringList& args)
{
    const QString kind = args.value(0);
    const bool twitter = kind == QLatin1String("twitter-archive");
    const bool mastodon = kind == QLatin1String("mastodon-archive");
    const bool bookmarks = kind == QLatin1String("bookmarks");
    if (!twitter && !mastodon && !bookmarks)
        return context.usageError(kind.isEmpty() ? QStringLiteral("say what to import: twitter-archive, mastodon-archive or bookmarks")
                                                 : QStringLiteral("unknown import kind \"%1\"").arg(kind),
                                  synopsis());
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the summary as JSON"));
    if (twitter) {
        parser.option(QStringLiteral("hashtag"), QStringLiteral("TAG"), QStringLiteral("only posts with this hashtag (repeatable)"));
        parser.option(QStringLiteral("since"), QStringLiteral("DATE"), QStringLiteral("only posts from this day on (YYYY-MM-DD)"));
    }
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (parser.positional().size() != 1)
        return context.usageError(QStringLiteral("say which file to import"), synopsis());
    const QString path = parser.positional().first();

    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    Result<ImportSummary> summary = fail(QString());
    if (twitter) {
        TwitterArchiveImporter::Options options;
        options.hashtags = parser.values(QStringLiteral("hashtag"));
        if (parser.isSet(QStringLiteral("since"))) {
            options.since = QDate::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
            if (!options.since.isValid())
                return context.usageError(QStringLiteral("--since \"%1\" is not a date (use YYYY-MM-DD)").arg(parser.value(QStringLiteral("since"))),
                                          synopsis());
        }
        summary = TwitterArchiveImporter::import(**db, context.clock(), path, options);
    } else if (mastodon) {
        summary = MastodonArchiveImporter::import(**db, context.clock(), path, {});
    } else {
        summary = BookmarksImporter::import(**db, context.clock(), path, {});
    }
    if (!summary)
        return context.userError(summary.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = summary->toJson();
        o.insert(QStringLiteral("source"), path);
        o.insert(QStringLiteral("kind"), kind);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << QStringLiteral("Imported %1 (%2 already there, %3 skipped, %4 errors) from %5")
                         .arg(summary->imported == 1 ? QStringLiteral("1 find") : QStringLiteral("%1 finds").arg(summary->imported))
                         .arg(summary->duplicates)
                         .arg(summary->skipped)
                         .arg(summary->errors)
                         .arg(path)
                  << '\n';
    for (const QString& m : std::as_const(summary->messages))
        context.out() << "  " << m << '\n';
    return ExitOk;
}

} // namespace cpd
