#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cpd {

// One backup file and what checking it found: for lists (CLI backup --list, the restore
// dialog) and for offering the latest good backup when a journal is damaged.
struct BackupInfo
{
    QString path;
    QDateTime created;   // from the file name for automatic backups, else the file's time
    QString kind;        // "daily", "manual", "upgrade" (before a schema upgrade) or "" (any other file)
    qint64 size = 0;     // bytes
    int entries = -1;    // entries in the journal (not in the trash), -1 when unknown
    int version = 0;     // the journal's schema version
    bool encrypted = false;
    bool ok = false;     // an intact CPD journal this version can read
    QString problem;     // why not, when !ok

    QJsonObject toJson() const;
};

} // namespace cpd
