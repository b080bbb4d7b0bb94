#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace cpd {

// Versioned schema upgrades: ordered SQL files (resources/sql/migrations/NNN_name.sql), each
// applied in its own transaction; the version lives in PRAGMA user_version.
class Migrator
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
    static Result<int> currentVersion(const QSqlDatabase& db);
    // Applies the steps above the current version, up to target (default: all). A failed step
    // is rolled back and nothing after it runs. A journal that has a schema already is first
    // backed up (BackupService::beforeUpgrade); when that fails nothing is upgraded.
    static Status migrate(const QSqlDatabase& db, int target = -1);
};

} // namespace cpd
