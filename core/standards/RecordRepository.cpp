#include "standards/RecordRepository.h"

#include "standards/JsonFields.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

RecordRepository::RecordRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<Record> RecordRepository::add(Record record)
{
    if (record.id.isEmpty())
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = m_clock.now();
    if (!record.created.isValid())
        record.created = now;
    record.updated = now;
    if (auto ok = write(record, true); !ok)
        return std::unexpected(ok.error());
    return record;
}

Result<Record> RecordRepository::update(Record record)
{
    auto stored = get(record.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->type() != record.type())
        return fail(
            QCoreApplication::translate("RecordRepository",
                                        "Record %1 is a %2 record; it cannot become a %3 record.")
                .arg(record.id, stored->type(), record.type()));
    record.created = stored->created;
    record.updated = m_clock.now();
    if (auto ok = write(record, false); !ok)
        return std::unexpected(ok.error());
    return record;
}

Status RecordRepository::write(const Record& record, bool isNew)
{
    const QStringList problems = record.problems();
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    const DateRange span = record.span();
    const PracticeHours* hours = record.as<PracticeHours>();
    const QString data = QString::fromUtf8(QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact));
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        const QString sql = isNew
            ? QStringLiteral("INSERT INTO revalidation_records (type, date_from, date_to, hours, data, "
                             "created, updated, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            : QStringLiteral("UPDATE revalidation_records SET type = ?, date_from = ?, date_to = ?, "
                             "hours = ?, data = ?, created = ?, updated = ? WHERE id = ?");
        if (auto ok = Sql::prepare(q, sql); !ok)
            return ok;
        q.addBindValue(record.type());
        q.addBindValue(JsonFields::dateToString(span.start));
        q.addBindValue(JsonFields::dateToString(span.end));
        q.addBindValue(hours ? hours->hours : 0.0);
        q.addBindValue(data);
        q.addBindValue(record.created.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(record.updated.toUTC().toString(Qt::ISODateWithMs));
        q.addBindValue(record.id);
        if (isNew) {
            auto taken = Sql::scalar(
                m_db.connection(),
                QStringLiteral("SELECT count(*) FROM revalidation_records WHERE id = ?"),
                QCoreApplication::translate("RecordRepository", "check the record's id"),
                {record.id});
            if (!taken)
                return std::unexpected(taken.error());
            if (taken->toInt() > 0)
                return fail(
                    QCoreApplication::translate("RecordRepository",
                                                "A record with id %1 is already in the journal.")
                        .arg(record.id));
        }
        if (auto ok =
                Sql::exec(q, QCoreApplication::translate("RecordRepository", "save the %1 record")
                                 .arg(record.type()));
            !ok)
            return ok;
        if (!isNew && q.numRowsAffected() == 0)
            return fail(
                QCoreApplication::translate("RecordRepository", "There is no record with id %1.")
                    .arg(record.id));
        return {};
    });
}

Result<Record> RecordRepository::get(const QString& id) const
{
    auto found = load(QStringLiteral("id = ?"), {id.trimmed().toLower()});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(
            QCoreApplication::translate("RecordRepository", "There is no record with id %1.")
                .arg(id));
    return found->first();
}

Status RecordRepository::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    if (auto ok = Sql::prepare(q, QStringLiteral("DELETE FROM revalidation_records WHERE id = ?")); !ok)
        return ok;
    q.addBindValue(id.trimmed().toLower());
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("RecordRepository", "delete the record"));
        !ok)
        return ok;
    if (q.numRowsAffected() == 0)
        return fail(
            QCoreApplication::translate("RecordRepository", "There is no record with id %1.")
                .arg(id));
    return {};
}

Result<QList<Record>> RecordRepository::list(const QString& type) const
{
    if (type.isEmpty())
        return load(QStringLiteral("1"), {});
    return load(QStringLiteral("type = ?"), {type});
}

Result<QList<Record>> RecordRepository::overlapping(const DateRange& range) const
{
    return load(QStringLiteral("date_from <= ? AND date_to >= ?"),
                {JsonFields::dateToString(range.end), JsonFields::dateToString(range.start)});
}

Result<QList<Record>> RecordRepository::load(const QString& where, const QVariantList& binds) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, QStringLiteral("SELECT type, data, created, updated FROM revalidation_records "
                                                 "WHERE %1 ORDER BY date_from, seq").arg(where));
        !ok)
        return std::unexpected(ok.error());
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (auto ok = Sql::exec(
            q, QCoreApplication::translate("RecordRepository", "read the revalidation records"));
        !ok)
        return std::unexpected(ok.error());
    QList<Record> out;
    while (q.next()) {
        auto record = Record::fromJson(q.value(0).toString(),
                                       QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
        if (!record)
            return fail(
                QCoreApplication::translate("RecordRepository", "A stored %1 record is damaged: %2")
                    .arg(q.value(0).toString(), record.error().message));
        record->created = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        record->updated = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        out.append(*record);
    }
    return out;
}

} // namespace cpd
