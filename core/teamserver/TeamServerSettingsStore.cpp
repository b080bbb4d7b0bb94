#include "teamserver/TeamServerSettingsStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

Result<std::optional<TeamServerSettings>> TeamServerSettingsStore::load() const
{
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(
            q, QStringLiteral("SELECT host, port, database, user_name, tls_mode, ca_file, "
                              "connect_timeout FROM team_server_settings WHERE id = 1"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = Sql::exec(q, QCoreApplication::translate("TeamServerSettingsStore",
                                                           "read the team server settings"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<TeamServerSettings>();
    TeamServerSettings s;
    s.host = q.value(0).toString();
    s.port = q.value(1).toInt();
    s.database = q.value(2).toString();
    s.user = q.value(3).toString();
    s.tlsMode = q.value(4).toString();
    s.caFile = q.value(5).toString();
    s.connectTimeoutSeconds = q.value(6).toInt();
    return std::optional<TeamServerSettings>(s);
}

Status TeamServerSettingsStore::save(const TeamServerSettings& s)
{
    if (auto ok = s.validate(); !ok)
        return ok;
    QSqlQuery q(m_db.connection());
    // An update keeps the member id and the sequence; the first save makes the id.
    if (auto ok = Sql::prepare(
            q,
            QStringLiteral(
                "INSERT INTO team_server_settings (id, host, port, database, user_name, tls_mode, "
                "ca_file, connect_timeout, updated, member_id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?) "
                "ON CONFLICT (id) DO UPDATE SET host = excluded.host, port = excluded.port, "
                "database = excluded.database, user_name = excluded.user_name, "
                "tls_mode = excluded.tls_mode, ca_file = excluded.ca_file, "
                "connect_timeout = excluded.connect_timeout, updated = excluded.updated"));
        !ok)
        return ok;
    for (const QVariant& v :
         {QVariant(s.host), QVariant(s.port), QVariant(s.database), QVariant(s.user),
          QVariant(s.tlsMode), QVariant(s.caFile.isNull() ? QStringLiteral("") : s.caFile),
          QVariant(s.connectTimeoutSeconds), QVariant(m_clock.now().toUTC().toString(Qt::ISODate)),
          QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces))})
        q.addBindValue(v);
    return Sql::exec(
        q, QCoreApplication::translate("TeamServerSettingsStore", "save the team server settings"));
}

Status TeamServerSettingsStore::clear()
{
    return Sql::exec(
        m_db.connection(), QStringLiteral("DELETE FROM team_server_settings"),
        QCoreApplication::translate("TeamServerSettingsStore", "forget the team server settings"));
}

Result<QString> TeamServerSettingsStore::memberId() const
{
    auto id = Sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT coalesce((SELECT member_id FROM team_identity LIMIT 1), "
                       "(SELECT member_id FROM team_server_settings WHERE id = 1))"),
        QCoreApplication::translate("TeamServerSettingsStore", "read your team member id"));
    if (!id)
        return std::unexpected(id.error());
    if (id->toString().isEmpty())
        return fail(QCoreApplication::translate(
            "TeamServerSettingsStore",
            "this journal has no team server set up; run: team server connect --url URL"));
    return id->toString();
}

Result<qint64> TeamServerSettingsStore::nextSequence()
{
    if (auto ok = Sql::exec(
            m_db.connection(),
            QStringLiteral(
                "UPDATE team_server_settings SET last_sequence = last_sequence + 1 WHERE id = 1"),
            QCoreApplication::translate("TeamServerSettingsStore",
                                        "count the summaries published"));
        !ok)
        return std::unexpected(ok.error());
    auto n = Sql::scalar(
        m_db.connection(),
        QStringLiteral("SELECT last_sequence FROM team_server_settings WHERE id = 1"),
        QCoreApplication::translate("TeamServerSettingsStore", "count the summaries published"));
    if (!n)
        return std::unexpected(n.error());
    if (n->isNull())
        return fail(QCoreApplication::translate(
            "TeamServerSettingsStore",
            "this journal has no team server set up; run: team server connect --url URL"));
    return n->toLongLong();
}

} // namespace cpd
