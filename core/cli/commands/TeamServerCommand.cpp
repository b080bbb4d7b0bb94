#include "cli/commands/TeamServerCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "secrets/KeychainSecretStore.h"
#include "standards/StandardRegistry.h"
#include "storage/Database.h"
#include "team/TeamDashboard.h"
#include "team/TeamSummaryBuilder.h"
#include "teamserver/PublishQueue.h"
#include "teamserver/ServerSummarySource.h"
#include "teamserver/TeamPublisher.h"
#include "teamserver/TeamServerAdmin.h"
#include "teamserver/TeamServerConnection.h"
#include "teamserver/TeamServerSchema.h"
#include "teamserver/TeamServerSettingsStore.h"
#include "topics/TopicCatalogue.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace cpd {

namespace {

const QString kUrl = QStringLiteral("url");
const QString kJson = QStringLiteral("json");
const QString kPasswordStdin = QStringLiteral("password-stdin");

QString plural(int n, const QString& one, const QString& many)
{
    return n == 1 ? QStringLiteral("1 ") + one : QStringLiteral("%1 %2").arg(n).arg(many);
}

// Parses a verb's options; it takes no positional arguments.
Status parseOptions(CliParser& parser, const QStringList& args)
{
    if (auto ok = parser.parse(args); !ok)
        return ok;
    if (!parser.positional().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()));
    return {};
}

QString generatedPassword()
{
    static const QString alphabet =
        QStringLiteral("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");
    QString out;
    for (int i = 0; i < 20; ++i)
        out += alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size())));
    return out;
}

} // namespace

TeamServerCommand::TeamServerCommand(std::unique_ptr<CliCommand> bundleCommands)
    : m_bundleCommands(std::move(bundleCommands))
{
}

TeamServerCommand::~TeamServerCommand() = default;

QStringList TeamServerCommand::subcommands() const
{
    QStringList verbs{QStringLiteral("server"), QStringLiteral("publish"),
                      QStringLiteral("dashboard")};
    if (m_bundleCommands) {
        for (const QString& verb : m_bundleCommands->subcommands()) {
            if (!verbs.contains(verb))
                verbs << verb;
        }
    }
    return verbs;
}

QString TeamServerCommand::synopsis() const
{
    return (m_bundleCommands ? m_bundleCommands->synopsis() + QLatin1Char('\n') : QString()) +
           QStringLiteral(
               "team server init --url URL [--password-stdin]\n"
               "team server add-team --url URL --organisation NAME --team NAME\n"
               "team server add-member --url URL --login LOGIN --name NAME [--role R] "
               "[--registration REG] "
               "[--team NAME [--organisation NAME]] [--password-stdin]\n"
               "team server add-manager --url URL --login LOGIN --team NAME [--organisation NAME]\n"
               "team server connect --url URL [--tls disable|prefer|require|verify-full] "
               "[--ca-file FILE] [--password-stdin]\n"
               "team server status [--json] / team server dashboard [--json] [--as-of DATE]\n"
               "team publish [--share ID [--with LOGIN]...]... [--withdraw ID]... [--json]\n"
               "team dashboard [--source server|bundles] …: from the team server when one is set "
               "up");
}

QString TeamServerCommand::summary() const
{
    return (m_bundleCommands ? m_bundleCommands->summary() + QLatin1Char(' ') : QString()) +
           QStringLiteral("The organisation's PostgreSQL team store. init (as its administrator) "
                          "creates the schema, roles and "
                          "row-level security, idempotently; add-team/add-member/add-manager set "
                          "up people. connect keeps this "
                          "journal's server (the password only in the OS keychain); publish queues "
                          "your summary and the entries "
                          "you share with the managers you name, and sends them when the server is "
                          "reachable.");
}

Result<QString> TeamServerCommand::readPassword(CliContext& context, bool fromStdin,
                                                const QString& prompt)
{
    if (fromStdin) {
        auto bytes = context.readInput(QStringLiteral("-"), 64 * 1024);
        if (!bytes)
            return std::unexpected(bytes.error());
        const QString password =
            QString::fromUtf8(*bytes).section(QLatin1Char('\n'), 0, 0).remove(QLatin1Char('\r'));
        if (password.isEmpty())
            return fail(QStringLiteral("standard input held no password"));
        return password;
    }
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        context.err() << prompt << Qt::flush;
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::string line;
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        context.err() << Qt::endl;
        if (line.empty())
            return fail(QStringLiteral("no password was typed"));
        return QString::fromStdString(line);
    }
#else
    Q_UNUSED(prompt)
#endif
    return fail(QStringLiteral(
        "give the password with --password-stdin (standard input is not a terminal)"));
}

int TeamServerCommand::run(CliContext& context, const QStringList& args)
{
    if (args.value(0) == QLatin1String("publish"))
        return publish(context, args.mid(1));
    if (args.value(0) == QLatin1String("dashboard"))
        return dashboard(context, args.mid(1));
    if (args.value(0) != QLatin1String("server")) {
        if (m_bundleCommands)
            return m_bundleCommands->run(context, args);
        return context.usageError(QStringLiteral("say server or publish"), synopsis());
    }
    const QString verb = args.value(1);
    const QStringList rest = args.mid(2);
    if (verb == QLatin1String("init"))
        return init(context, rest);
    if (verb == QLatin1String("add-team") || verb == QLatin1String("add-member") ||
        verb == QLatin1String("add-manager"))
        return admin(context, verb, rest);
    if (verb == QLatin1String("connect"))
        return connect(context, rest);
    if (verb == QLatin1String("status"))
        return status(context, rest);
    if (verb == QLatin1String("dashboard"))
        return dashboard(context,
                         QStringList{QStringLiteral("--source"), QStringLiteral("server")} + rest);
    return context.usageError(verb.isEmpty()
                                  ? QStringLiteral("say what to do with the team server")
                                  : QStringLiteral("unknown team server action \"%1\"").arg(verb),
                              synopsis());
}

int TeamServerCommand::init(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(kUrl, QStringLiteral("URL"),
                  QStringLiteral("postgresql://ADMIN@HOST:PORT/DATABASE[?sslmode=…]"));
    parser.flag(kPasswordStdin,
                QStringLiteral("read the administrator's password from standard input"));
    parser.flag(kJson, QStringLiteral("print the outcome as JSON"));
    if (auto ok = parseOptions(parser, args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.isSet(kUrl))
        return context.usageError(
            QStringLiteral("say which server: --url postgresql://ADMIN@HOST:PORT/DATABASE"),
            synopsis());
    auto settings = TeamServerSettings::fromUrl(parser.value(kUrl));
    if (!settings)
        return context.userError(settings.error().message);
    KeychainSecretStore secrets;
    QString password;
    if (parser.isSet(kPasswordStdin)) {
        auto typed = readPassword(context, true, {});
        if (!typed)
            return context.userError(typed.error().message);
        password = *typed;
    } else {
        auto stored = secrets.read(settings->secretKey());
        if (!stored)
            return context.userError(stored.error().message);
        if (*stored) {
            password = QString::fromUtf8(**stored);
        } else {
            auto typed = readPassword(
                context, false, QStringLiteral("Password for %1: ").arg(settings->displayName()));
            if (!typed)
                return context.userError(typed.error().message);
            password = *typed;
        }
    }
    auto server = TeamServerConnection::open(*settings, password);
    if (!server)
        return context.userError(server.error().message);
    auto applied = TeamServerSchema::apply((*server)->db());
    if (!applied)
        return context.userError(applied.error().message);
    // The administrator's password is kept for the add-… verbs: in the keychain only.
    if (auto ok = secrets.write(settings->secretKey(), password.toUtf8()); !ok)
        return context.userError(ok.error().message);
    if (parser.isSet(kJson)) {
        QJsonArray versions;
        for (int v : std::as_const(*applied))
            versions.append(v);
        context.printJson(
            QJsonObject{{QStringLiteral("server"), settings->displayName()},
                        {QStringLiteral("schema_version"), TeamServerSchema::latestVersion()},
                        {QStringLiteral("applied"), versions}});
        return ExitOk;
    }
    if (applied->isEmpty())
        context.out() << "The team schema on " << settings->displayName()
                      << " is already at version " << TeamServerSchema::latestVersion()
                      << "; nothing to do." << Qt::endl;
    else
        context.out() << "Created the team schema (version " << TeamServerSchema::latestVersion()
                      << "), its roles and row-level security on " << settings->displayName() << '.'
                      << Qt::endl;
    return ExitOk;
}

int TeamServerCommand::admin(CliContext& context, const QString& verb, const QStringList& args)
{
    CliParser parser;
    parser.option(kUrl, QStringLiteral("URL"),
                  QStringLiteral("the administrator's postgresql:// address, as given to init"));
    parser.option(QStringLiteral("organisation"), QStringLiteral("NAME"),
                  QStringLiteral("the organisation"));
    parser.option(QStringLiteral("team"), QStringLiteral("NAME"), QStringLiteral("the team"));
    parser.option(QStringLiteral("login"), QStringLiteral("LOGIN"),
                  QStringLiteral("the member's PostgreSQL login"));
    parser.option(QStringLiteral("name"), QStringLiteral("NAME"),
                  QStringLiteral("the member's name"));
    parser.option(QStringLiteral("role"), QStringLiteral("ROLE"),
                  QStringLiteral("the member's role or profession"));
    parser.option(QStringLiteral("registration"), QStringLiteral("REG"),
                  QStringLiteral("the member's registration (NMC Pin, GMC number)"));
    parser.flag(kPasswordStdin,
                QStringLiteral("read the new member's password from standard input"));
    if (auto ok = parseOptions(parser, args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.isSet(kUrl))
        return context.usageError(
            QStringLiteral("say which server: --url postgresql://ADMIN@HOST:PORT/DATABASE"),
            synopsis());
    const QString organisation = parser.value(QStringLiteral("organisation"));
    const QString team = parser.value(QStringLiteral("team"));
    const QString login = parser.value(QStringLiteral("login"));
    if (verb == QLatin1String("add-team") && (organisation.isEmpty() || team.isEmpty()))
        return context.usageError(QStringLiteral("say --organisation NAME and --team NAME"),
                                  synopsis());
    if (verb == QLatin1String("add-member") &&
        (login.isEmpty() || parser.value(QStringLiteral("name")).isEmpty()))
        return context.usageError(QStringLiteral("say --login LOGIN and --name NAME"), synopsis());
    if (verb == QLatin1String("add-manager") && (login.isEmpty() || team.isEmpty()))
        return context.usageError(QStringLiteral("say --login LOGIN and --team NAME"), synopsis());
    auto settings = TeamServerSettings::fromUrl(parser.value(kUrl));
    if (!settings)
        return context.userError(settings.error().message);
    QString memberPassword;
    bool generated = false;
    if (verb == QLatin1String("add-member")) {
        if (auto ok = TeamServerAdmin::validateLogin(login); !ok)
            return context.userError(ok.error().message);
        if (parser.isSet(kPasswordStdin)) {
            auto typed = readPassword(context, true, {});
            if (!typed)
                return context.userError(typed.error().message);
            memberPassword = *typed;
        } else {
            memberPassword = generatedPassword();
            generated = true;
        }
    }
    KeychainSecretStore secrets;
    auto adminPassword = secrets.read(settings->secretKey());
    if (!adminPassword)
        return context.userError(adminPassword.error().message);
    if (!*adminPassword)
        return context.userError(
            QStringLiteral("no administrator's password for %1 in the keychain; run team server "
                           "init --url URL first")
                .arg(settings->displayName()));
    auto server = TeamServerConnection::open(*settings, QString::fromUtf8(**adminPassword));
    if (!server)
        return context.userError(server.error().message);
    TeamServerAdmin directory((*server)->db());
    auto done = (*server)->transaction([&]() -> Status {
        if (verb == QLatin1String("add-team"))
            return directory.addTeam(organisation, team);
        if (verb == QLatin1String("add-manager"))
            return directory.addToTeam(login, organisation, team, true);
        auto added = directory.addMember({login, parser.value(QStringLiteral("name")),
                                          parser.value(QStringLiteral("role")),
                                          parser.value(QStringLiteral("registration"))},
                                         memberPassword);
        if (added && !team.isEmpty())
            return directory.addToTeam(login, organisation, team, false);
        return added;
    });
    if (!done)
        return context.userError(done.error().message);
    if (verb == QLatin1String("add-team"))
        context.out() << "Team \"" << team << "\" of \"" << organisation << "\" is on the server."
                      << Qt::endl;
    else if (verb == QLatin1String("add-manager"))
        context.out() << login << " manages \"" << team << "\"." << Qt::endl;
    else if (generated)
        context.out() << "Added " << login
                      << ". Their first password (give it to them privately; it is not kept "
                      << "anywhere): " << memberPassword << Qt::endl;
    else
        context.out() << "Added " << login << '.' << Qt::endl;
    return ExitOk;
}

int TeamServerCommand::connect(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(kUrl, QStringLiteral("URL"),
                  QStringLiteral("postgresql://LOGIN@HOST:PORT/DATABASE"));
    parser.option(QStringLiteral("tls"), QStringLiteral("MODE"),
                  QStringLiteral("disable, prefer, require or verify-full"));
    parser.option(QStringLiteral("ca-file"), QStringLiteral("FILE"),
                  QStringLiteral("the organisation's CA certificate (verify-full)"));
    parser.flag(kPasswordStdin, QStringLiteral("read your password from standard input"));
    if (auto ok = parseOptions(parser, args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.isSet(kUrl))
        return context.usageError(
            QStringLiteral("say which server: --url postgresql://LOGIN@HOST:PORT/DATABASE"),
            synopsis());
    auto settings = TeamServerSettings::fromUrl(parser.value(kUrl));
    if (!settings)
        return context.userError(settings.error().message);
    if (parser.isSet(QStringLiteral("tls")))
        settings->tlsMode = parser.value(QStringLiteral("tls"));
    if (parser.isSet(QStringLiteral("ca-file")))
        settings->caFile = parser.value(QStringLiteral("ca-file"));
    if (auto ok = settings->validate(); !ok)
        return context.userError(ok.error().message);
    auto password = readPassword(context, parser.isSet(kPasswordStdin),
                                 QStringLiteral("Password for %1: ").arg(settings->displayName()));
    if (!password)
        return context.userError(password.error().message);
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    KeychainSecretStore secrets;
    if (auto ok = secrets.write(settings->secretKey(), password->toUtf8()); !ok)
        return context.userError(ok.error().message);
    if (auto ok = TeamServerSettingsStore(**db, context.clock()).save(*settings); !ok)
        return context.userError(ok.error().message);
    // Saved either way; an unreachable server only means publishing will queue for now.
    auto server = TeamServerConnection::open(*settings, *password);
    if (!server) {
        if (server.error().message.contains(QLatin1String("refused the login")))
            return context.userError(server.error().message);
        context.out() << "Saved " << settings->displayName() << " (password in the keychain). "
                      << server.error().message << "; team publish will queue until it is."
                      << Qt::endl;
        return ExitOk;
    }
    context.out() << "Connected to " << settings->displayName() << " (TLS " << settings->tlsMode
                  << "); the password is in the keychain." << Qt::endl;
    return ExitOk;
}

int TeamServerCommand::status(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(kJson, QStringLiteral("print the status as JSON"));
    if (auto ok = parseOptions(parser, args); !ok)
        return context.usageError(ok.error().message, synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto settings = TeamServerSettingsStore(**db, context.clock()).load();
    if (!settings)
        return context.userError(settings.error().message);
    if (!*settings)
        return context.userError(QStringLiteral(
            "this journal has no team server set up; run: team server connect --url URL"));
    auto queued = PublishQueue(**db, context.clock()).size();
    if (!queued)
        return context.userError(queued.error().message);
    KeychainSecretStore secrets;
    auto server = TeamServerConnection::openConfigured(**db, context.clock(), secrets);
    const QString reachability = server ? QStringLiteral("reachable") : server.error().message;
    if (parser.isSet(kJson)) {
        QJsonObject o = (*settings)->toJson();
        o.insert(QStringLiteral("queued"), *queued);
        o.insert(QStringLiteral("reachable"), bool(server));
        if (!server)
            o.insert(QStringLiteral("problem"), server.error().message);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << "Server: " << (*settings)->displayName() << " (TLS " << (*settings)->tlsMode
                  << ")\n"
                  << "Queued: "
                  << plural(*queued, QStringLiteral("change"), QStringLiteral("changes")) << '\n'
                  << "Now: " << reachability << Qt::endl;
    return ExitOk;
}

int TeamServerCommand::dashboard(CliContext& context, const QStringList& given)
{
    // --source bundles (or no server set up): the imported bundles' dashboard, as before.
    QStringList args = given;
    QString from;
    if (const qsizetype i = args.indexOf(QStringLiteral("--source")); i >= 0) {
        from = args.value(i + 1);
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    }
    if (!from.isEmpty() && from != QLatin1String("server") && from != QLatin1String("bundles"))
        return context.usageError(
            QStringLiteral("--source is server or bundles, not \"%1\"").arg(from), synopsis());
    const QStringList toBundles = QStringList{QStringLiteral("dashboard")} + args;
    if (from == QLatin1String("bundles")) {
        if (!m_bundleCommands)
            return context.usageError(QStringLiteral("this build has no bundles dashboard"),
                                      synopsis());
        return m_bundleCommands->run(context, toBundles);
    }
    if (from.isEmpty()) {
        auto db = context.journal();
        if (!db)
            return context.userError(db.error().message);
        auto configured = TeamServerSettingsStore(**db, context.clock()).load();
        if (!configured)
            return context.userError(configured.error().message);
        if (!*configured && m_bundleCommands)
            return m_bundleCommands->run(context, toBundles);
    }
    CliParser parser;
    parser.flag(kJson, QStringLiteral("print the dashboard as JSON"));
    parser.option(QStringLiteral("as-of"), QStringLiteral("DATE"),
                  QStringLiteral("the day to compute for (default today)"));
    if (auto ok = parseOptions(parser, args); !ok)
        return context.usageError(ok.error().message, synopsis());
    QDate asOf = context.clock().today();
    if (parser.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid())
            return context.usageError(QStringLiteral("--as-of needs a date as YYYY-MM-DD"),
                                      synopsis());
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    KeychainSecretStore secrets;
    auto source = ServerSummarySource::fromJournal(**db, context.clock(), secrets);
    if (!source)
        return context.userError(source.error().message);
    if (!*source)
        return context.userError(QStringLiteral(
            "this journal has no team server set up; run: team server connect --url URL"));
    auto summaries = (*source)->latestSummaries();
    if (!summaries)
        return context.userError(summaries.error().message);
    const TeamDashboard board =
        TeamDashboard::compute(*summaries, asOf, TopicCatalogue::load(), (*source)->description());
    if (parser.isSet(kJson)) {
        context.printJson(board.toJson());
        return ExitOk;
    }
    context.out() << "Team (" << board.source << "), " << board.asOf.toString(Qt::ISODate) << '\n';
    for (const TeamDashboard::MemberRow& row : board.members) {
        context.out() << TeamDashboard::urgencyId(row.urgency).leftJustified(9) << "  " << row.name
                      << "  "
                      << (row.nextDeadline.isValid() ? row.nextDeadline.toString(Qt::ISODate)
                                                     : QStringLiteral("-"))
                      << '\n';
    }
    context.out() << plural(int(board.members.size()), QStringLiteral("member"),
                            QStringLiteral("members"))
                  << Qt::endl;
    return ExitOk;
}

int TeamServerCommand::publish(CliContext& context, const QStringList& args)
{
    // --share ID [--with LOGIN]...: each --with names a manager for the --share before it.
    QStringList rest;
    QList<QPair<QString, QStringList>> shares;
    QStringList withdraw;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--share") && hasValue) {
            shares.append({args.at(++i), {}});
        } else if (a == QLatin1String("--with") && hasValue) {
            if (shares.isEmpty())
                return context.usageError(
                    QStringLiteral("--with names a manager for the --share ID before it"),
                    synopsis());
            shares.last().second << args.at(++i);
        } else if (a == QLatin1String("--withdraw") && hasValue) {
            withdraw << args.at(++i);
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else {
            return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(a),
                                      synopsis());
        }
    }
    for (const auto& [id, managers] : std::as_const(shares)) {
        if (managers.isEmpty())
            return context.usageError(
                QStringLiteral("say which managers may read entry %1: --share ID --with LOGIN")
                    .arg(id),
                synopsis());
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    TeamServerSettingsStore settingsStore(**db, context.clock());
    auto memberId = settingsStore.memberId();
    if (!memberId)
        return context.userError(memberId.error().message);
    PublishQueue queue(**db, context.clock());
    // Queue first (one journal transaction), so nothing depends on the network.
    auto queued = (*db)->transaction([&]() -> Status {
        auto sequence = settingsStore.nextSequence();
        if (!sequence)
            return std::unexpected(sequence.error());
        QStringList sharedIds;
        for (const auto& share : std::as_const(shares))
            sharedIds << share.first;
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        const TopicCatalogue catalogue = TopicCatalogue::load();
        auto summary = TeamSummaryBuilder(**db, standards, catalogue, context.clock())
                           .build({*memberId, *sequence, sharedIds, {}});
        if (!summary)
            return std::unexpected(summary.error());
        for (const auto& [id, managers] : std::as_const(shares)) {
            QJsonObject entry;
            for (const QJsonValue& v : std::as_const(summary->sharedEntries)) {
                if (v.toObject().value(QStringLiteral("id")).toString() == id)
                    entry = v.toObject();
            }
            if (entry.isEmpty())
                return fail(QStringLiteral("there is no entry %1 to share").arg(id));
            if (auto ok = queue.enqueueEntry(id, entry, managers); !ok)
                return ok;
        }
        for (const QString& id : std::as_const(withdraw)) {
            if (auto ok = queue.enqueueEntry(id, {}, {}); !ok)
                return ok;
        }
        return queue.enqueueSummary(*memberId, summary->toJson());
    });
    if (!queued)
        return context.userError(queued.error().message);
    auto waiting = queue.size();
    if (!waiting)
        return context.userError(waiting.error().message);
    KeychainSecretStore secrets;
    auto server = TeamServerConnection::openConfigured(**db, context.clock(), secrets);
    if (server && !*server)
        return context.userError(QStringLiteral(
            "this journal has no team server set up; run: team server connect --url URL"));
    Result<TeamPublisher::Outcome> sent =
        server ? TeamPublisher::send(**server, queue)
               : Result<TeamPublisher::Outcome>(std::unexpected(server.error()));
    if (!sent) {
        queue.noteFailure(sent.error().message);
        return context.userError(
            QStringLiteral("%1; %2 kept in the queue, sent at the next team publish")
                .arg(sent.error().message.chopped(
                         sent.error().message.endsWith(QLatin1Char('.')) ? 1 : 0),
                     plural(*waiting, QStringLiteral("change"), QStringLiteral("changes"))));
    }
    if (json) {
        context.printJson(
            QJsonObject{{QStringLiteral("server"), (*server)->settings().displayName()},
                        {QStringLiteral("summaries"), sent->summaries},
                        {QStringLiteral("entries"), sent->entries},
                        {QStringLiteral("withdrawn"), sent->withdrawn},
                        {QStringLiteral("queued"), 0}});
        return ExitOk;
    }
    context.out() << "Published to " << (*server)->settings().displayName() << ": "
                  << plural(sent->summaries, QStringLiteral("summary"), QStringLiteral("summaries"))
                  << ", "
                  << plural(sent->entries, QStringLiteral("shared entry"),
                            QStringLiteral("shared entries"));
    if (sent->withdrawn)
        context.out() << ", "
                      << plural(sent->withdrawn, QStringLiteral("entry withdrawn"),
                                QStringLiteral("entries withdrawn"));
    context.out() << '.' << Qt::endl;
    return ExitOk;
}

} // namespace cpd
