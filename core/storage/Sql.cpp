#include "storage/Sql.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace cpd {

QString Sql::describe(const QSqlError& error, const QString& doing)
{
    const int code = error.nativeErrorCode().toInt();
    const int primary = code & 0xff;
    QString why;
    switch (primary) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        why = QCoreApplication::translate(
            "Sql", "the journal is in use by another program (perhaps another copy of "
                   "CPD Journal); close it and try again");
        break;
    case 8: // SQLITE_READONLY
        why = QCoreApplication::translate(
            "Sql", "the journal file is read-only; check its permissions or open a copy");
        break;
    case 10: // SQLITE_IOERR
        why = QCoreApplication::translate("Sql", "the disk could not be read or written (%1)")
                  .arg(error.databaseText());
        break;
    case 11: // SQLITE_CORRUPT
        why = QCoreApplication::translate("Sql",
                                          "the journal file is damaged; restore it from a backup");
        break;
    case 13: // SQLITE_FULL
        why = QCoreApplication::translate("Sql", "the disk is full; free some space and try again");
        break;
    case 14: // SQLITE_CANTOPEN
        why = QCoreApplication::translate(
            "Sql", "the file could not be opened; check the folder exists and you may write to it");
        break;
    case 26: // SQLITE_NOTADB
        why = QCoreApplication::translate("Sql", "the file is not a CPD Journal file");
        break;
    default:
        why = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        break;
    }
    qCWarning(lcStorage) << doing << "failed:" << error.nativeErrorCode() << error.text();
    return QCoreApplication::translate("Sql", "Could not %1: %2.").arg(doing, why);
}

Status Sql::exec(QSqlQuery& query, const QString& doing)
{
    if (!query.exec())
        return fail(describe(query.lastError(), doing));
    return {};
}

Status Sql::exec(const QSqlDatabase& db, const QString& sql, const QString& doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return fail(describe(query.lastError(), doing));
    return {};
}

Status Sql::prepare(QSqlQuery& query, const QString& sql)
{
    if (!query.prepare(sql))
        return fail(
            describe(query.lastError(), QCoreApplication::translate("Sql", "prepare a query")));
    return {};
}

Result<QVariant> Sql::scalar(const QSqlDatabase& db, const QString& sql, const QString& doing,
                             const QVariantList& binds)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(describe(query.lastError(), doing));
    for (const QVariant& b : binds)
        query.addBindValue(b);
    if (!query.exec())
        return fail(describe(query.lastError(), doing));
    if (!query.next())
        return QVariant();
    return query.value(0);
}

sqlite3* Sql::handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.constData());
    return nullptr;
}

} // namespace cpd
