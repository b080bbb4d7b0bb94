#include "standards/EvidenceQuery.h"

#include "standards/JsonFields.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cpd {

Result<QList<EntryFacts>> EvidenceQuery::load(Database& db, const DateRange& range)
{
    // nmc_account is a generated column of migration 004 (the NMC rule in SQL), and
    // entries_evidence a covering index in GROUP BY order: the scan never touches the large rows
    // and needs no sort. The planner prefers the date index, which is not covering, so the index
    // is named. Entries alike in everything the rules look at come back as one row with their
    // hours summed; julian day numbers (as QDate counts them) spare parsing date strings.
    const QString sql = QStringLiteral(
        "SELECT CAST(julianday(date) + 0.5 AS INTEGER), CAST(julianday(coalesce(end_date, date)) + 0.5 AS INTEGER), "
        "activity, feedback_source, nmc_account, sum(hours), sum(participatory_hours), "
        "sum(coalesce(credits, hours)), group_concat(id) "
        "FROM entries INDEXED BY entries_evidence "
        "WHERE deleted_at IS NULL AND date <= ? AND coalesce(end_date, date) >= ? "
        "GROUP BY date, end_date, activity, feedback_source, nmc_account");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    q.addBindValue(JsonFields::dateToString(range.end));
    q.addBindValue(JsonFields::dateToString(range.start));
    if (auto ok = Sql::exec(
            q, QCoreApplication::translate("EvidenceQuery", "read the journal for revalidation"));
        !ok)
        return std::unexpected(ok.error());
    QList<EntryFacts> out;
    while (q.next()) {
        EntryFacts f;
        f.span = {QDate::fromJulianDay(q.value(0).toLongLong()), QDate::fromJulianDay(q.value(1).toLongLong())};
        f.activity = q.value(2).toString();
        f.feedbackSource = q.value(3).toString();
        const int account = q.value(4).toInt();
        f.nmcTemplate = account > 0;
        f.completeReflectiveAccount = account == 2;
        f.hours = q.value(5).toDouble();
        f.participatoryHours = q.value(6).toDouble();
        f.credits = q.value(7).toDouble();
        f.ids = q.value(8).toString().split(QLatin1Char(','));
        out.append(std::move(f));
    }
    return out;
}

} // namespace cpd
