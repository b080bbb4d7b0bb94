#include "standards/EvidenceQuery.h"

#include "journal/ReflectionTemplates.h"
#include "standards/JsonFields.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

namespace cpd {

Result<QList<EntryFacts>> EvidenceQuery::load(Database& db, const DateRange& range)
{
    // The NMC rule (four answers, a Code theme, final) as an SQL expression, from the template's keys.
    QStringList answered;
    const QStringList keys = ReflectionTemplates::fieldKeys(QStringLiteral("nmc"));
    for (const QString& key : keys)
        answered << QStringLiteral("length(trim(coalesce(json_extract(reflection, '$.%1'), ''))) > 0").arg(key);
    const QString complete = QStringLiteral(
        "(template = 'nmc' AND status = 'final' AND json_array_length(code_themes) > 0 AND %1)")
                                 .arg(answered.join(QStringLiteral(" AND ")));
    // Julian day numbers (as QDate counts them) spare parsing 100,000 date strings.
    const QString sql = QStringLiteral(
        "SELECT id, CAST(julianday(date) + 0.5 AS INTEGER), "
        "CAST(julianday(coalesce(end_date, date)) + 0.5 AS INTEGER), activity, feedback_source, hours, "
        "participatory_hours, coalesce(credits, hours), template = 'nmc', "
        "CASE WHEN template = 'nmc' THEN %1 ELSE 0 END "
        "FROM entries WHERE deleted_at IS NULL AND date <= ? AND coalesce(end_date, date) >= ?")
                            .arg(complete);
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    q.addBindValue(JsonFields::dateToString(range.end));
    q.addBindValue(JsonFields::dateToString(range.start));
    if (auto ok = Sql::exec(q, QStringLiteral("read the journal for revalidation")); !ok)
        return std::unexpected(ok.error());
    QList<EntryFacts> out;
    while (q.next()) {
        EntryFacts f;
        f.id = q.value(0).toString();
        f.span = {QDate::fromJulianDay(q.value(1).toLongLong()), QDate::fromJulianDay(q.value(2).toLongLong())};
        f.activity = q.value(3).toString();
        f.feedbackSource = q.value(4).toString();
        f.hours = q.value(5).toDouble();
        f.participatoryHours = q.value(6).toDouble();
        f.credits = q.value(7).toDouble();
        f.nmcTemplate = q.value(8).toInt() != 0;
        f.completeReflectiveAccount = q.value(9).toInt() != 0;
        out.append(std::move(f));
    }
    return out;
}

} // namespace cpd
