#include "cli/commands/FeedCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/FeedRefresher.h"
#include "evidence/FeedRepository.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace cpd {

QString FeedCommand::summary() const
{
    return QStringLiteral("Follows an RSS or Atom feed (fetching it once), refreshes every feed (new items), or lists them.");
}

int FeedCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("refresh") && action != QLatin1String("list"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say add, refresh or list")
                                                   : QStringLiteral("unknown feed action \"%1\"").arg(action),
                                  synopsis());
    CliParser parser;
    if (action != QLatin1String("add"))
        parser.flag(QStringLiteral("json"), QStringLiteral("print JSON"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList positional = parser.positional();
    if (action == QLatin1String("add") ? positional.size() != 1 : !positional.isEmpty())
        return context.usageError(action == QLatin1String("add") ? QStringLiteral("say which feed: feed add URL")
                                                                 : QStringLiteral("unexpected argument \"%1\"").arg(positional.value(0)),
                                  synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    FeedRepository feeds(**db, context.clock());
    QNetworkAccessManager manager;
    FeedRefresher refresher(**db, context.clock(), manager);

    if (action == QLatin1String("add")) {
        auto feed = feeds.add(positional.first());
        if (!feed)
            return context.userError(feed.error().message);
        auto outcome = refresher.refresh(feed->id);
        if (!outcome)
            return context.userError(outcome.error().message);
        context.out() << feed->id << Qt::endl;
        if (outcome->error.isEmpty())
            context.out() << QStringLiteral("Following %1: %2 items.").arg(outcome->title.isEmpty() ? feed->url : outcome->title).arg(outcome->newItems)
                          << Qt::endl;
        else
            context.out() << QStringLiteral("Following %1; it could not be read yet: %2").arg(feed->url, outcome->error) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1String("list")) {
        auto all = feeds.list();
        if (!all)
            return context.userError(all.error().message);
        QJsonArray array;
        for (const Feed& f : std::as_const(*all)) {
            QJsonObject o = f.toJson();
            auto items = feeds.items(f.id);
            if (!items)
                return context.userError(items.error().message);
            QJsonArray list;
            for (const FeedItem& i : std::as_const(*items))
                list.append(i.toJson());
            o.insert(QStringLiteral("items"), list);
            array.append(o);
            if (!parser.isSet(QStringLiteral("json")))
                context.out() << f.id << "  " << (f.title.isEmpty() ? f.url : f.title) << "  (" << items->size() << " items)"
                              << (f.lastError.isEmpty() ? QString() : QStringLiteral("  last error: %1").arg(f.lastError)) << '\n';
        }
        if (parser.isSet(QStringLiteral("json")))
            context.printJson(array);
        return ExitOk;
    }
    auto outcomes = refresher.refreshAll();
    if (!outcomes)
        return context.userError(outcomes.error().message);
    int total = 0;
    QJsonArray array;
    for (const FeedRefresher::Outcome& o : std::as_const(*outcomes)) {
        total += o.newItems;
        array.append(o.toJson());
    }
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("feeds"), array}, {QStringLiteral("new_items"), total}});
        return ExitOk;
    }
    for (const FeedRefresher::Outcome& o : std::as_const(*outcomes))
        context.out() << (o.title.isEmpty() ? o.url : o.title) << ": "
                      << (o.error.isEmpty() ? QStringLiteral("%1 new").arg(o.newItems) : QStringLiteral("failed: %1").arg(o.error)) << '\n';
    context.out() << QStringLiteral("%1 new items").arg(total) << '\n';
    return ExitOk;
}

} // namespace cpd
