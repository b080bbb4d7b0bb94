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
        // Opens for reading only: nothing is written to the file, not even an upgrade. The
        // reason says why (shown by the window's banner and by the CLI when a write is refused).
        bool readOnly = false;
        QString readOnlyReason;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, {}); }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    // Runs work inside one transaction: all of it is stored, or none of it.
    Status transaction(const std::function<Status()>& work);

    static constexpr int kApplicationId = 0x43504a31; // "CPJ1"

private:
    Database(QString path, QString connectionName);
    Status configure();
    Status checkIsJournal();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_readOnlyReason;
};

} // namespace cpd
