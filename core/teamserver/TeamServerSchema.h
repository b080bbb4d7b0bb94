#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cpd {

// The shared store's schema on PostgreSQL: numbered files in resources/sql/team/, each applied
// in its own transaction; the version lives in cpd.schema_version. Applying is idempotent:
// versions already there are skipped, and the roles are created only when missing.
class TeamServerSchema
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString sql;
    };

    static QList<Step> steps();
    static int latestVersion();
    // 0 when the schema is not there yet.
    static Result<int> currentVersion(const QSqlDatabase& db);
    // Creates or upgrades the schema, roles and policies (needs a superuser: roles and policies
    // are created here). Returns the versions applied (empty when it was already current).
    static Result<QList<int>> apply(const QSqlDatabase& db);
};

} // namespace cpd
