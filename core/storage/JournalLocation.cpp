#include "storage/JournalLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace cpd {

QString JournalLocation::resolve(const QString& fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromCommandLine));
    const QString env = qEnvironmentVariable("CPDJOURNAL_DB");
    if (!env.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(env));
    return defaultPath();
}

QString JournalLocation::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.cpdj"));
}

QString JournalLocation::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample-journal.cpdj"));
}

} // namespace cpd
