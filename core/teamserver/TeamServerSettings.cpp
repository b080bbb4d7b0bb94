#include "teamserver/TeamServerSettings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace cpd {

namespace {

// A libpq conninfo value in single quotes, with \ and ' escaped.
QString quoted(QString value)
{
    value.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    value.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

QStringList TeamServerSettings::tlsModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-full")};
}

Result<TeamServerSettings> TeamServerSettings::fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return fail(
            QCoreApplication::translate(
                "TeamServerSettings",
                "\"%1\" is not a server address; write postgresql://USER@HOST:PORT/DATABASE")
                .arg(text));
    if (!url.password().isEmpty())
        return fail(QCoreApplication::translate(
            "TeamServerSettings",
            "put the password on standard input (--password-stdin) or type it when asked, "
            "not in the URL"));
    TeamServerSettings s;
    s.host = url.host();
    s.port = url.port(5432);
    s.database = url.path().mid(1);
    s.user = url.userName();
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            s.tlsMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            s.caFile = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            s.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok)
                return fail(QCoreApplication::translate(
                                "TeamServerSettings",
                                "connect_timeout must be a number of seconds, not \"%1\"")
                                .arg(value));
        } else {
            return fail(
                QCoreApplication::translate(
                    "TeamServerSettings",
                    "unknown server option \"%1\" (known: sslmode, sslrootcert, connect_timeout)")
                    .arg(key));
        }
    }
    if (auto ok = s.validate(); !ok)
        return std::unexpected(ok.error());
    return s;
}

Status TeamServerSettings::validate() const
{
    if (host.isEmpty())
        return fail(QCoreApplication::translate(
            "TeamServerSettings",
            "the server address has no host; write postgresql://USER@HOST:PORT/DATABASE"));
    if (user.isEmpty())
        return fail(QCoreApplication::translate(
            "TeamServerSettings",
            "the server address has no user; write postgresql://USER@HOST:PORT/DATABASE"));
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return fail(QCoreApplication::translate(
            "TeamServerSettings",
            "the server address has no database; write postgresql://USER@HOST:PORT/DATABASE"));
    if (port < 1 || port > 65535)
        return fail(QCoreApplication::translate("TeamServerSettings",
                                                "the port must be between 1 and 65535"));
    if (!tlsModes().contains(tlsMode))
        return fail(QCoreApplication::translate("TeamServerSettings",
                                                "the TLS mode must be one of %1, not \"%2\"")
                        .arg(tlsModes().join(QStringLiteral(", ")), tlsMode));
    if (tlsMode == QLatin1String("verify-full") && caFile.isEmpty())
        return fail(QCoreApplication::translate(
            "TeamServerSettings",
            "verify-full needs the organisation's CA certificate: give it with --ca-file FILE"));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return fail(QCoreApplication::translate("TeamServerSettings",
                                                "the CA certificate %1 cannot be read")
                        .arg(caFile));
    if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > 300)
        return fail(QCoreApplication::translate(
            "TeamServerSettings", "connect_timeout must be between 1 and 300 seconds"));
    return {};
}

QString TeamServerSettings::displayName() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

QString TeamServerSettings::connectOptions() const
{
    QStringList options{QStringLiteral("sslmode=") + tlsMode,
                        QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                        QStringLiteral("application_name=cpdjournal")};
    if (!caFile.isEmpty())
        options << QStringLiteral("sslrootcert=") + quoted(QFileInfo(caFile).absoluteFilePath());
    return options.join(QLatin1Char(';'));
}

QJsonObject TeamServerSettings::toJson() const
{
    return {{QStringLiteral("host"), host},
            {QStringLiteral("port"), port},
            {QStringLiteral("database"), database},
            {QStringLiteral("user"), user},
            {QStringLiteral("tls_mode"), tlsMode},
            {QStringLiteral("ca_file"), caFile},
            {QStringLiteral("connect_timeout"), connectTimeoutSeconds}};
}

} // namespace cpd
