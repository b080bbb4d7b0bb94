#include "cli/commands/ChatsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/TweetChatService.h"

#include <QJsonArray>

namespace cpd {

QString ChatsCommand::summary() const
{
    return QStringLiteral("Suggests participatory entries from tweet chats among the finds (posts sharing a chat hashtag in one "
                          "evening); accept stores one as a draft entry (prints its id), discard hides it.");
}

int ChatsCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action != QLatin1String("suggest") && action != QLatin1String("accept") && action != QLatin1String("discard"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say suggest, accept or discard")
                                                   : QStringLiteral("unknown chats action \"%1\"").arg(action),
                                  synopsis());
    CliParser parser;
    if (action == QLatin1String("suggest"))
        parser.flag(QStringLiteral("json"), QStringLiteral("print the suggestions as JSON"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList positional = parser.positional();
    if (action == QLatin1String("suggest") ? !positional.isEmpty() : positional.size() != 1)
        return context.usageError(action == QLatin1String("suggest") ? QStringLiteral("unexpected argument \"%1\"").arg(positional.value(0))
                                                                     : QStringLiteral("say which chat (its KEY from chats suggest)"),
                                  synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    TweetChatService service(**db, context.clock());
    auto suggestions = service.suggestions();
    if (!suggestions)
        return context.userError(suggestions.error().message);
    if (action == QLatin1String("suggest")) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ChatSuggestion& s : std::as_const(*suggestions))
                array.append(s.toJson());
            context.printJson(array);
            return ExitOk;
        }
        for (const ChatSuggestion& s : std::as_const(*suggestions))
            context.out() << s.key << "  " << s.date.toString(Qt::ISODate) << ' ' << s.start.toString(QStringLiteral("HH:mm")) << "–"
                          << s.end.toString(QStringLiteral("HH:mm")) << "  #" << s.hashtag << "  " << s.posts.size() << " posts\n";
        context.out() << (suggestions->size() == 1 ? QStringLiteral("1 suggested chat") : QStringLiteral("%1 suggested chats").arg(suggestions->size()))
                      << '\n';
        return ExitOk;
    }
    const QString key = positional.first();
    const auto it = std::find_if(suggestions->cbegin(), suggestions->cend(), [&](const ChatSuggestion& s) { return s.key == key; });
    if (it == suggestions->cend())
        return context.userError(QStringLiteral("There is no suggested chat %1 (run chats suggest for the list).").arg(key));
    if (action == QLatin1String("discard")) {
        if (auto ok = service.discard(key); !ok)
            return context.userError(ok.error().message);
        return ExitOk;
    }
    auto entry = service.accept(*it, it->toEntry());
    if (!entry)
        return context.userError(entry.error().message);
    context.out() << entry->id << Qt::endl;
    return ExitOk;
}

} // namespace cpd
