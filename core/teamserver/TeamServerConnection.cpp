#include "teamserver/TeamServerConnection.h"

#include "secrets/SecretStore.h"
#include "teamserver/TeamServerSettingsStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cpd {

namespace {

QString firstLine(const QSqlError& error)
{
    QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    text = text.trimmed();
    text.replace(QLatin1String("FATAL:  "), QString());
    text.replace(QLatin1String("ERROR:  "), QString());
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

TeamServerConnection::TeamServerConnection(TeamServerSettings settings, QString name)
    : m_settings(std::move(settings)), m_name(std::move(name))
{
}

TeamServerConnection::~TeamServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase TeamServerConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<std::unique_ptr<TeamServerConnection>>
TeamServerConnection::open(const TeamServerSettings& settings, const QString& password)
{
    if (auto ok = settings.validate(); !ok)
        return std::unexpected(ok.error());
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(QCoreApplication::translate(
            "TeamServerConnection",
            "the PostgreSQL driver for Qt is not installed (Debian: apt-get "
            "install libqt6sql6-psql)"));
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("cpd-teamserver-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<TeamServerConnection> connection(new TeamServerConnection(settings, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setConnectOptions(settings.connectOptions());
    if (!db.open(settings.user, password))
        return fail(describeConnectFailure(settings, db.lastError()));
    return connection;
}

Result<std::unique_ptr<TeamServerConnection>>
TeamServerConnection::openConfigured(Database& journal, const Clock& clock, SecretStore& secrets)
{
    auto settings = TeamServerSettingsStore(journal, clock).load();
    if (!settings)
        return std::unexpected(settings.error());
    if (!*settings)
        return std::unique_ptr<TeamServerConnection>();
    auto password = secrets.read((*settings)->secretKey());
    if (!password)
        return std::unexpected(password.error());
    if (!*password)
        return fail(
            QCoreApplication::translate(
                "TeamServerConnection",
                "no password for %1 in the keychain; set it with: team server connect --url URL")
                .arg((*settings)->displayName()));
    return open(**settings, QString::fromUtf8(**password));
}

Status TeamServerConnection::transaction(const std::function<Status()>& work)
{
    QSqlDatabase conn = db();
    if (!conn.transaction())
        return fail(describe(conn.lastError(), QCoreApplication::translate(
                                                   "TeamServerConnection",
                                                   "start a transaction on the team server")));
    Status result = work();
    if (result && !conn.commit())
        result = fail(
            describe(conn.lastError(), QCoreApplication::translate("TeamServerConnection",
                                                                   "save on the team server")));
    if (!result)
        conn.rollback();
    return result;
}

QString TeamServerConnection::describe(const QSqlError& error, const QString& doing)
{
    return QCoreApplication::translate("TeamServerConnection", "Could not %1: %2.")
        .arg(doing, firstLine(error));
}

QString TeamServerConnection::describeConnectFailure(const TeamServerSettings& s,
                                                     const QSqlError& error)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    const QString where = QStringLiteral("%1:%2").arg(s.host).arg(s.port);
    auto has = [&](const char* needle) {
        return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") || has("role \"") ||
        has("no pg_hba.conf entry"))
        return QCoreApplication::translate(
                   "TeamServerConnection",
                   "The team server at %1 refused the login for \"%2\": the password is "
                   "wrong or the "
                   "login does not exist (set the password again with: team server "
                   "connect --url URL)")
            .arg(where, s.user);
    if (has("timeout expired"))
        return QCoreApplication::translate(
                   "TeamServerConnection",
                   "The team server at %1 did not answer within %2 seconds; check the "
                   "network and try again")
            .arg(where)
            .arg(s.connectTimeoutSeconds);
    if (has("Connection refused") || has("could not translate host name") ||
        has("No route to host") || has("Network is unreachable") || has("could not connect"))
        return QCoreApplication::translate(
                   "TeamServerConnection",
                   "The team server at %1 is not reachable (is it running, and is the "
                   "address right?)")
            .arg(where);
    if (has("SSL") || has("certificate"))
        return QCoreApplication::translate(
                   "TeamServerConnection",
                   "The team server at %1 failed the TLS check (mode %2): %3")
            .arg(where, s.tlsMode, firstLine(error));
    if (has("database \""))
        return QCoreApplication::translate("TeamServerConnection",
                                           "The team server at %1 has no database \"%2\"")
            .arg(where, s.database);
    return QCoreApplication::translate("TeamServerConnection",
                                       "Could not connect to the team server at %1: %2")
        .arg(where, firstLine(error));
}

} // namespace cpd
