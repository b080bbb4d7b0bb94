#pragma once

#include "util/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace cpd {

// Small helpers that turn QtSql's bool-and-lastError style into Results with messages a person
// can act on ("the disk is full", "another program is using the journal").
class Sql
{
public:
    static QString describe(const QSqlError& error, const QString& doing);
    static Status exec(QSqlQuery& query, const QString& doing);
    static Status exec(const QSqlDatabase& db, const QString& sql, const QString& doing);
    static Status prepare(QSqlQuery& query, const QString& sql);
    // Runs a query that returns one value.
    static Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql, const QString& doing,
                                   const QVariantList& binds = {});
    // The SQLite connection behind a QSQLITE database (for progress handlers), or nullptr.
    static sqlite3* handle(const QSqlDatabase& db);
};

} // namespace cpd
