#include "evidence/SocialFindRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

namespace {

// Null QStrings bind as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

const QString kColumns = QStringLiteral("id, kind, platform, original_id, url, author, posted, excerpt, hashtags, chat, notes, created");

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString timestamp(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

void bind(QSqlQuery& q, const SocialFind& f)
{
    const QVariantList values = {
        f.id, nn(f.kind), nn(f.platform), textOrNull(f.originalId), nn(f.url), nn(f.author), textOrNull(timestamp(f.posted)), nn(f.excerpt),
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(f.hashtags)).toJson(QJsonDocument::Compact)), nn(f.chat),
        nn(f.notes), timestamp(f.created)};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

SocialFind read(const QSqlQuery& q)
{
    SocialFind f;
    f.id = q.value(0).toString();
    f.kind = q.value(1).toString();
    f.platform = q.value(2).toString();
    f.originalId = q.value(3).toString();
    f.url = q.value(4).toString();
    f.author = q.value(5).toString();
    f.posted = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    f.excerpt = q.value(7).toString();
    const QJsonArray tags = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
    for (const QJsonValue& t : tags)
        f.hashtags << t.toString();
    f.chat = q.value(9).toString();
    f.notes = q.value(10).toString();
    f.created = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    return f;
}

} // namespace

SocialFindRepository::SocialFindRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<SocialFind> SocialFindRepository::add(SocialFind find)
{
    if (find.url.isEmpty() && find.excerpt.trimmed().isEmpty())
        return fail(QCoreApplication::translate("SocialFindRepository",
                                                "A find needs a URL or some text."));
    if (find.platform.isEmpty())
        find.platform = QStringLiteral("web");
    find.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    find.created = m_clock.now().toUTC();
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO social_finds (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)").arg(kColumns)); !ok)
        return std::unexpected(ok.error());
    bind(q, find);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("SocialFindRepository", "save the find"));
        !ok) {
        if (const int code = q.lastError().nativeErrorCode().toInt(); code == 2067 || code == 19) // SQLITE_CONSTRAINT(_UNIQUE)
            return fail(QCoreApplication::translate("SocialFindRepository",
                                                    "That post is already among your finds."));
        return std::unexpected(ok.error());
    }
    return find;
}

Result<SocialFindRepository::Stored> SocialFindRepository::importMany(const QList<SocialFind>& finds, const Progress& progress)
{
    Stored stored;
    const QDateTime now = m_clock.now().toUTC();
    Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO social_finds (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
                                                     "ON CONFLICT (platform, original_id) DO NOTHING")
                                          .arg(kColumns));
            !ok)
            return ok;
        const qint64 total = finds.size();
        for (qint64 i = 0; i < total; ++i) {
            if (progress && i % 500 == 0 && !progress(i, total)) {
                return fail(QCoreApplication::translate(
                    "SocialFindRepository", "The import was cancelled; nothing was imported."));
            }
            SocialFind f = finds.at(i);
            f.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            f.created = now;
            bind(q, f);
            if (auto ok = Sql::exec(q, QCoreApplication::translate("SocialFindRepository",
                                                                   "save the imported finds"));
                !ok)
                return ok;
            if (q.numRowsAffected() > 0)
                ++stored.inserted;
            else
                ++stored.duplicates;
        }
        if (progress && !progress(total, total)) {
            return fail(QCoreApplication::translate(
                "SocialFindRepository", "The import was cancelled; nothing was imported."));
        }
        return {};
    });
    if (!saved)
        return std::unexpected(saved.error());
    return stored;
}

Result<QList<SocialFind>> SocialFindRepository::list() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM social_finds ORDER BY posted IS NULL, posted DESC, created DESC").arg(kColumns)))
        return fail(Sql::describe(
            q.lastError(), QCoreApplication::translate("SocialFindRepository", "read the finds")));
    QList<SocialFind> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<SocialFind> SocialFindRepository::get(const QString& id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM social_finds WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("SocialFindRepository", "read the find"));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(
            QCoreApplication::translate("SocialFindRepository", "There is no find with id %1.")
                .arg(id));
    return read(q);
}

Status SocialFindRepository::update(const SocialFind& find)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE social_finds SET url = ?, author = ?, excerpt = ?, hashtags = ?, chat = ?, notes = ? WHERE id = ?"));
    for (const QString& v : {nn(find.url), nn(find.author), nn(find.excerpt),
                             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(find.hashtags)).toJson(QJsonDocument::Compact)),
                             nn(find.chat), nn(find.notes), find.id})
        q.addBindValue(v);
    return Sql::exec(q, QCoreApplication::translate("SocialFindRepository", "save the find"));
}

Status SocialFindRepository::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM social_finds WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, QCoreApplication::translate("SocialFindRepository", "remove the find"));
}

Result<int> SocialFindRepository::count() const
{
    auto n = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM social_finds"),
                         QCoreApplication::translate("SocialFindRepository", "count the finds"));
    if (!n)
        return std::unexpected(n.error());
    return n->toInt();
}

} // namespace cpd
