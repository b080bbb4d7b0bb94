#include "cli/commands/TeamCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "secrets/KeychainSecretStore.h"
#include "standards/StandardRegistry.h"
#include "team/TeamBundleImporter.h"
#include "team/TeamDashboard.h"
#include "team/TeamIdentity.h"
#include "team/TeamStore.h"
#include "topics/TopicCatalogue.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QSaveFile>

namespace cpd {
namespace {

Result<QDate> asOfOption(const CliParser& parser, const Clock& clock)
{
    const QString text = parser.value(QStringLiteral("as-of"));
    if (text.isEmpty())
        return clock.today();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return fail(QStringLiteral("--as-of \"%1\" is not a date (YYYY-MM-DD)").arg(text));
    return d;
}

QString number(double v)
{
    return QString::number(std::round(v * 10.0) / 10.0);
}

} // namespace

TeamCommand::TeamCommand(SecretStoreFactory secrets) : m_secrets(std::move(secrets))
{
    if (!m_secrets)
        m_secrets = [] { return std::make_unique<KeychainSecretStore>(); };
}

TeamCommand::~TeamCommand() = default;

QString TeamCommand::summary() const
{
    return QStringLiteral("Team review: make a signing key (kept in the OS keychain), export a signed summary for "
                          "your manager, import members' bundles, and show the team dashboard.");
}

int TeamCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("keygen"))
        return keygen(context, args.mid(1));
    if (action == QLatin1String("export-summary"))
        return exportSummary(context, args.mid(1));
    if (action == QLatin1String("import"))
        return importBundles(context, args.mid(1));
    if (action == QLatin1String("dashboard"))
        return dashboard(context, args.mid(1));
    return context.usageError(action.isEmpty() ? QStringLiteral("say keygen, export-summary, import or dashboard")
                                               : QStringLiteral("unknown team action \"%1\"").arg(action),
                              synopsis());
}

int TeamCommand::keygen(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("replace"), QStringLiteral("make a new key even though there is one"));
    parser.flag(QStringLiteral("json"), QStringLiteral("print the member id and fingerprint as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto secrets = m_secrets();
    auto id = TeamIdentity(**db, *secrets, context.clock()).generate(parser.isSet(QStringLiteral("replace")));
    if (!id)
        return context.userError(id.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("member_id"), id->memberId},
                                      {QStringLiteral("fingerprint"), id->fingerprint()},
                                      {QStringLiteral("public_key"), QString::fromLatin1(id->publicKey.toBase64())}});
    } else {
        context.out() << "Signing key made; its private half is in your keychain only.\n"
                      << "Member id: " << id->memberId << "\n"
                      << "Fingerprint: " << id->fingerprint() << "\n"
                      << "Tell your manager this fingerprint so they can check your first bundle." << Qt::endl;
    }
    return ExitOk;
}

int TeamCommand::exportSummary(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("o"), QStringLiteral("FILE"), QStringLiteral("the bundle to write (.cpdteam)"));
    parser.option(QStringLiteral("share"), QStringLiteral("ID"), QStringLiteral("an entry to share in full (repeat)"));
    parser.option(QStringLiteral("as-of"), QStringLiteral("DATE"), QStringLiteral("the day the summary is as of"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    const QString path = parser.value(QStringLiteral("o"));
    if (path.isEmpty())
        return context.usageError(QStringLiteral("say where to write the bundle with -o FILE"), synopsis());
    auto asOf = asOfOption(parser, context.clock());
    if (!asOf)
        return context.usageError(asOf.error().message, synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto secrets = m_secrets();
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    const TopicCatalogue catalogue = TopicCatalogue::load();
    auto bundle = TeamIdentity(**db, *secrets, context.clock())
                      .exportBundle(standards, catalogue, parser.values(QStringLiteral("share")), *asOf);
    if (!bundle)
        return context.userError(bundle.error().message);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bundle) != bundle->size() || !file.commit())
        return context.userError(QStringLiteral("could not write %1: %2").arg(path, file.errorString()));
    QStringList ids = parser.values(QStringLiteral("share"));
    ids.removeDuplicates();
    const int shared = int(ids.size());
    context.out() << QStringLiteral("Signed summary written to %1 (%2 shared %3).")
                         .arg(path)
                         .arg(shared)
                         .arg(shared == 1 ? QStringLiteral("entry") : QStringLiteral("entries"))
                  << Qt::endl;
    return ExitOk;
}

int TeamCommand::importBundles(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print what was imported and refused as JSON"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList files = parser.positional();
    if (files.isEmpty())
        return context.usageError(QStringLiteral("name at least one bundle to import"), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    TeamBundleImporter importer(**db, context.clock());
    QJsonArray imported, refused;
    QStringList errors;
    for (const QString& file : files) {
        auto outcome = importer.importFile(file);
        if (!outcome) {
            errors << outcome.error().message;
            refused.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), outcome.error().message}});
            continue;
        }
        imported.append(QJsonObject{{QStringLiteral("file"), file},
                                    {QStringLiteral("member_id"), outcome->memberId},
                                    {QStringLiteral("name"), outcome->name},
                                    {QStringLiteral("fingerprint"), outcome->fingerprint},
                                    {QStringLiteral("first_import"), outcome->firstImport},
                                    {QStringLiteral("sequence"), outcome->sequence},
                                    {QStringLiteral("replaced_sequence"), outcome->replacedSequence
                                                                              ? QJsonValue(outcome->replacedSequence)
                                                                              : QJsonValue()}});
        if (!parser.isSet(QStringLiteral("json"))) {
            context.out() << QStringLiteral("Imported %1 (summary %2) from %3.").arg(outcome->name).arg(outcome->sequence).arg(file)
                          << "\n";
            if (outcome->firstImport)
                context.out() << QStringLiteral("  New member: check this key fingerprint with %1 before relying on it: %2")
                                     .arg(outcome->name, outcome->fingerprint)
                              << "\n";
        }
    }
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonObject{{QStringLiteral("imported"), imported}, {QStringLiteral("refused"), refused}});
    else
        context.out().flush();
    if (errors.isEmpty())
        return ExitOk;
    for (const QString& e : errors)
        context.err() << "cpdjournal-cli: " << e << "\n";
    context.err().flush();
    return ExitUserError;
}

int TeamCommand::dashboard(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the dashboard as JSON"));
    parser.option(QStringLiteral("as-of"), QStringLiteral("DATE"), QStringLiteral("the day to judge deadlines on"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    auto asOf = asOfOption(parser, context.clock());
    if (!asOf)
        return context.usageError(asOf.error().message, synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    TeamStore store(**db, context.clock());
    auto summaries = store.latestSummaries();
    if (!summaries)
        return context.userError(summaries.error().message);
    const TopicCatalogue catalogue = TopicCatalogue::load();
    const TeamDashboard d = TeamDashboard::compute(*summaries, *asOf, catalogue, store.description());
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(d.toJson());
        return ExitOk;
    }
    QTextStream& out = context.out();
    if (d.members.isEmpty()) {
        out << "No team summaries yet; import members' bundles with team import FILE..." << Qt::endl;
        return ExitOk;
    }
    out << QStringLiteral("Team on %1 (%2 members, from %3), most urgent first:\n")
               .arg(d.asOf.toString(Qt::ISODate))
               .arg(d.members.size())
               .arg(d.source);
    for (const TeamDashboard::MemberRow& m : d.members) {
        QString deadline = QStringLiteral("no deadline");
        if (m.nextDeadline.isValid())
            deadline = QStringLiteral("%1 deadline %2 (%3 days)")
                           .arg(m.nextDeadlineStandard.toUpper(), m.nextDeadline.toString(Qt::ISODate))
                           .arg(*m.daysLeft);
        out << QStringLiteral("%1  [%2]  %3, %4  %5\n")
                   .arg(m.name, TeamDashboard::urgencyId(m.urgency), m.role,
                        m.registration.isEmpty() ? QStringLiteral("no registration") : m.registration, deadline);
        for (const TeamDashboard::RequirementCell& r : m.requirements) {
            out << QStringLiteral("    %1 %2: %3 of %4 %5 (%6)\n")
                       .arg(r.standard, r.id, number(r.done), number(r.required), r.unit,
                            TeamDashboard::urgencyId(r.status));
        }
    }
    out.flush();
    return ExitOk;
}

} // namespace cpd
