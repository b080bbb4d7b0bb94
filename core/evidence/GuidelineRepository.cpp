#include "evidence/GuidelineRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

namespace {

// Null QStrings bind as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant dateOrNull(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Status validate(const Guideline& g)
{
    if (g.title.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("GuidelineRepository", "A guideline needs a title."));
    return {};
}

} // namespace

GuidelineRepository::GuidelineRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<Guideline> GuidelineRepository::add(Guideline g)
{
    if (auto ok = validate(g); !ok)
        return std::unexpected(ok.error());
    if (g.id.isEmpty())
        g.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    g.created = m_clock.now().toUTC();
    g.entryIds.clear();
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO guidelines (id, title, publisher, identifier, url, published, "
                                                 "updated, notes, created) VALUES (?,?,?,?,?,?,?,?,?)"));
        !ok)
        return std::unexpected(ok.error());
    for (const QVariant& v : {QVariant(g.id), QVariant(nn(g.title)), QVariant(nn(g.publisher)), QVariant(nn(g.identifier)), QVariant(nn(g.url)),
                              dateOrNull(g.published), dateOrNull(g.updated), QVariant(nn(g.notes)),
                              QVariant(g.created.toString(Qt::ISODate))})
        q.addBindValue(v);
    if (auto ok = Sql::exec(q, QStringLiteral("save the guideline \"%1\"").arg(g.title)); !ok)
        return std::unexpected(ok.error());
    return g;
}

Result<Guideline> GuidelineRepository::update(const Guideline& g)
{
    if (auto ok = validate(g); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("UPDATE guidelines SET title = ?, publisher = ?, identifier = ?, url = ?, "
                                                 "published = ?, updated = ?, notes = ? WHERE id = ?"));
        !ok)
        return std::unexpected(ok.error());
    for (const QVariant& v : {QVariant(nn(g.title)), QVariant(nn(g.publisher)), QVariant(nn(g.identifier)), QVariant(nn(g.url)),
                              dateOrNull(g.published), dateOrNull(g.updated), QVariant(nn(g.notes)), QVariant(g.id)})
        q.addBindValue(v);
    if (auto ok = Sql::exec(q, QStringLiteral("save the guideline \"%1\"").arg(g.title)); !ok)
        return std::unexpected(ok.error());
    if (q.numRowsAffected() == 0)
        return fail(
            QCoreApplication::translate("GuidelineRepository", "There is no guideline with id %1.")
                .arg(g.id));
    return get(g.id);
}

Result<Guideline> GuidelineRepository::get(const QString& id) const
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const Guideline& g : std::as_const(*all)) {
        if (g.id == id)
            return g;
    }
    return fail(
        QCoreApplication::translate("GuidelineRepository", "There is no guideline with id %1.")
            .arg(id));
}

Result<QList<Guideline>> GuidelineRepository::list() const
{
    const QString doing = QCoreApplication::translate("GuidelineRepository", "read the guidelines");
    QSqlQuery links(m_db.connection());
    if (!links.exec(QStringLiteral("SELECT guideline_id, entry_id FROM entry_guidelines ORDER BY entry_id")))
        return fail(Sql::describe(links.lastError(), doing));
    QHash<QString, QStringList> entries;
    while (links.next())
        entries[links.value(0).toString()].append(links.value(1).toString());

    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, title, publisher, identifier, url, published, updated, notes, created "
                               "FROM guidelines ORDER BY title COLLATE NOCASE, created")))
        return fail(Sql::describe(q.lastError(), doing));
    QList<Guideline> out;
    while (q.next()) {
        Guideline g;
        g.id = q.value(0).toString();
        g.title = q.value(1).toString();
        g.publisher = q.value(2).toString();
        g.identifier = q.value(3).toString();
        g.url = q.value(4).toString();
        g.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        g.updated = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        g.notes = q.value(7).toString();
        g.created = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        g.entryIds = entries.value(g.id);
        out.append(g);
    }
    return out;
}

Status GuidelineRepository::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM guidelines WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = Sql::exec(
            q, QCoreApplication::translate("GuidelineRepository", "remove the guideline"));
        !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(
            QCoreApplication::translate("GuidelineRepository", "There is no guideline with id %1.")
                .arg(id));
    return {};
}

} // namespace cpd
