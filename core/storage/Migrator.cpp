#include "storage/Migrator.h"

#include "backup/BackupService.h"
#include "storage/Sql.h"
#include "storage/SqlScript.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlQuery>

namespace cpd {

QList<Migrator::Step> Migrator::steps()
{
    static const QList<Step> cached = [] {
        QList<Step> out;
        const QDir dir(QStringLiteral(":/sql/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString& name : files) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly))
                qFatal("migration %s is missing from the resources", qPrintable(name));
            out.append({name.section(QLatin1Char('_'), 0, 0).toInt(), name,
                        QString::fromUtf8(f.readAll())});
        }
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i).version != i + 1)
                qFatal("migrations must be numbered 1, 2, 3… without gaps: %s",
                       qPrintable(out.at(i).name));
        }
        return out;
    }();
    return cached;
}

int Migrator::latestVersion()
{
    return int(steps().size());
}

Result<int> Migrator::currentVersion(const QSqlDatabase& db)
{
    auto v = Sql::scalar(db, QStringLiteral("PRAGMA user_version"),
                         QCoreApplication::translate("Migrator", "read the journal's version"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Status Migrator::migrate(const QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latestVersion();
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    // A journal that already holds data is backed up before its schema changes (a new one
    // has nothing to lose); if that backup fails, nothing is upgraded.
    const QString file = db.databaseName();
    if (*current > 0 && *current < target && !file.isEmpty() && file != QLatin1String(":memory:")
        && !file.startsWith(QLatin1String("file:"))) {
        if (auto backup = BackupService::beforeUpgrade(db, file, *current, QDateTime::currentDateTime()); !backup)
            return std::unexpected(backup.error());
    }
    const QList<Step> all = steps();
    for (int version = *current + 1; version <= target; ++version) {
        const Step& step = all.at(version - 1);
        qCInfo(lcStorage) << "applying migration" << step.name;
        QSqlDatabase conn = db;
        if (!conn.transaction())
            return fail(Sql::describe(
                conn.lastError(),
                QCoreApplication::translate("Migrator", "start upgrading the journal")));
        Status result;
        const QStringList statements = SqlScript::split(step.sql);
        for (const QString& statement : statements) {
            result = Sql::exec(db, statement,
                               QStringLiteral("upgrade the journal (step %1)").arg(step.name));
            if (!result)
                break;
        }
        if (result) {
            result =
                Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version),
                          QCoreApplication::translate("Migrator", "record the journal's version"));
        }
        if (!result) {
            conn.rollback();
            return result;
        }
        if (!conn.commit())
            return fail(Sql::describe(
                conn.lastError(),
                QCoreApplication::translate("Migrator", "finish upgrading the journal")));
    }
    return {};
}

} // namespace cpd
