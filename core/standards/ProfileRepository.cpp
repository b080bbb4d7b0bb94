#include "standards/ProfileRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

ProfileRepository::ProfileRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<std::optional<Profile>> ProfileRepository::load() const
{
    auto data = Sql::scalar(
        m_db.connection(), QStringLiteral("SELECT data FROM revalidation_profile"),
        QCoreApplication::translate("ProfileRepository", "read the revalidation profile"));
    if (!data)
        return std::unexpected(data.error());
    if (data->isNull())
        return std::optional<Profile>{};
    const QJsonDocument doc = QJsonDocument::fromJson(data->toString().toUtf8());
    auto profile = Profile::fromJson(doc.object());
    if (!profile)
        return fail(QCoreApplication::translate("ProfileRepository",
                                                "The stored revalidation profile is damaged: %1")
                        .arg(profile.error().message));
    return std::optional<Profile>(*profile);
}

Status ProfileRepository::save(const Profile& profile)
{
    // Validate through the JSON form: what is stored is always what profile set would accept.
    auto checked = Profile::fromJson(profile.toJson());
    if (!checked)
        return std::unexpected(checked.error());
    const QString now = m_clock.now().toUTC().toString(Qt::ISODateWithMs);
    const QString data = QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok = Sql::prepare(q, QStringLiteral(
                                          "INSERT INTO revalidation_profile (id, data, created, updated) "
                                          "VALUES (?, ?, ?, ?) ON CONFLICT(singleton) DO UPDATE SET "
                                          "data = excluded.data, updated = excluded.updated"));
            !ok)
            return ok;
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(data);
        q.addBindValue(now);
        q.addBindValue(now);
        return Sql::exec(
            q, QCoreApplication::translate("ProfileRepository", "save the revalidation profile"));
    });
}

} // namespace cpd
