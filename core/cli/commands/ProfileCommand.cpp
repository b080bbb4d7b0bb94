#include "cli/commands/ProfileCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "standards/ProfileRepository.h"
#include "standards/RevalidationVocabulary.h"

namespace cpd {

QString ProfileCommand::summary() const
{
    return QStringLiteral("Shows or replaces the revalidation profile (registrations, NMC Pin or GMC number, "
                          "registration expiry, appraisal and revalidation dates).");
}

QString ProfileCommand::readable(const Profile& p)
{
    QStringList professions;
    for (const QString& id : p.professions)
        professions << Vocabulary::label(RevalidationVocabulary::professions(), id);
    QString s = p.name + QLatin1Char('\n');
    s += QStringLiteral("Professions: %1\n").arg(professions.join(QStringLiteral(", ")));
    const auto line = [&](const QString& label, const QString& value) {
        if (!value.isEmpty())
            s += QStringLiteral("%1: %2\n").arg(label, value);
    };
    line(QStringLiteral("NMC Pin"), p.nmcPin);
    line(QStringLiteral("GMC number"), p.gmcNumber);
    line(QStringLiteral("Registration expiry"), p.registrationExpiry.toString(Qt::ISODate));
    line(QStringLiteral("Next appraisal"), p.nextAppraisalDate.toString(Qt::ISODate));
    line(QStringLiteral("Revalidation date"), p.revalidationDate.toString(Qt::ISODate));
    line(QStringLiteral("Employer"), p.employer);
    if (p.isDoctor())
        s += QStringLiteral("CPD credits a year: %1\n").arg(p.gpCreditsTarget);
    return s;
}

int ProfileCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("show: print the profile's JSON form"));
    // set takes --json FILE; show takes --json as a flag. Parse set's form by hand.
    const QString action = args.value(0);
    if (action == QLatin1String("set")) {
        const QStringList rest = args.mid(1);
        QString source;
        if (rest.size() == 2 && rest.at(0) == QLatin1String("--json"))
            source = rest.at(1);
        else if (rest.size() == 1 && rest.at(0).startsWith(QLatin1String("--json=")))
            source = rest.at(0).mid(7);
        if (source.isEmpty())
            return context.usageError(QStringLiteral("profile set needs --json FILE (or - for standard input)"), synopsis());
        auto bytes = context.readInput(source);
        if (!bytes)
            return context.userError(bytes.error().message);
        auto profile = Profile::parseDocument(*bytes);
        if (!profile)
            return context.userError(profile.error().message);
        auto db = context.journal();
        if (!db)
            return context.userError(db.error().message);
        if (auto ok = ProfileRepository(**db, context.clock()).save(*profile); !ok)
            return context.userError(ok.error().message);
        context.out() << "Profile saved." << Qt::endl;
        return ExitOk;
    }
    if (action != QLatin1String("show"))
        return context.usageError(action.isEmpty() ? QStringLiteral("say show or set")
                                                   : QStringLiteral("unknown profile action \"%1\"").arg(action),
                                  synopsis());
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto profile = ProfileRepository(**db, context.clock()).load();
    if (!profile)
        return context.userError(profile.error().message);
    if (!*profile)
        return context.userError(QStringLiteral("there is no profile yet; create one with profile set --json FILE"));
    if (parser.isSet(QStringLiteral("json")))
        context.printJson((*profile)->toJson());
    else
        context.out() << readable(**profile);
    return ExitOk;
}

} // namespace cpd
