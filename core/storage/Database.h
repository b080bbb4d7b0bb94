#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace cpd {

// One open journal file: an SQLite connection in WAL mode with foreign keys on, upgraded to the
// current schema. Each Database has its own connection, usable from the thread that opened it.
class Database
{
public:
    struct Options
    {
        bool create = true; // create the file (and its folder) when it does not exist
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, {}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }

    // Runs work inside one transaction: all of it is stored, or none of it.
    Status transaction(const std::function<Status()>& work);

    static constexpr int kApplicationId = 0x43504a31; // "CPJ1"

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status checkIsJournal();

    QString m_path;
    QString m_connectionName;
};

} // namespace cpd
