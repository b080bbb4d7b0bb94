#include "cli/commands/FindsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "evidence/SocialFindRepository.h"

#include <QJsonArray>

namespace cpd {

QString FindsCommand::summary() const
{
    return QStringLiteral("Lists the social-media finds (posts, likes, boosts, bookmarks, captures), newest first.");
}

int FindsCommand::run(CliContext& context, const QStringList& args)
{
    if (args.value(0) != QLatin1String("list"))
        return context.usageError(args.isEmpty() ? QStringLiteral("say list") : QStringLiteral("unknown finds action \"%1\"").arg(args.first()),
                                  synopsis());
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the finds as JSON"));
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto finds = SocialFindRepository(**db, context.clock()).list();
    if (!finds)
        return context.userError(finds.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SocialFind& f : std::as_const(*finds))
            array.append(f.toJson());
        context.printJson(array);
        return ExitOk;
    }
    for (const SocialFind& f : std::as_const(*finds)) {
        QString text = f.excerpt.simplified();
        if (text.size() > 60)
            text = text.left(59) + QChar(0x2026);
        context.out() << (f.posted.isValid() ? f.posted.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("                "))
                      << "  " << f.platform << '/' << f.kind << "  " << (f.author.isEmpty() ? QString() : f.author + QLatin1Char(' '))
                      << text << "  " << f.url << '\n';
    }
    context.out() << (finds->size() == 1 ? QStringLiteral("1 find") : QStringLiteral("%1 finds").arg(finds->size())) << '\n';
    return ExitOk;
}

} // namespace cpd
