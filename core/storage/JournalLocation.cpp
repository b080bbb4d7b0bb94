#include "storage/JournalLocation.h"

#include <QDir>
#include <QSettings>
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
    return QDir(folder()).filePath(QStringLiteral("journal.cpdj"));
}

QString JournalLocation::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString JournalLocation::folder()
{
    const QString chosen = settings().value(QLatin1String(kFolderKey)).toString();
    return chosen.isEmpty() ? defaultFolder() : chosen;
}

void JournalLocation::setFolder(const QString& folder)
{
    QSettings s = settings();
    if (folder.isEmpty() || QDir(folder) == QDir(defaultFolder()))
        s.remove(QLatin1String(kFolderKey));
    else
        s.setValue(QLatin1String(kFolderKey), QDir::cleanPath(folder));
}

QSettings JournalLocation::settings()
{
    // Named explicitly: the CLI sets no organisation name, and both must read the same file.
    return QSettings(QStringLiteral("cpdjournal"), QStringLiteral("cpdjournal"));
}

QString JournalLocation::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sample-journal.cpdj"));
}

} // namespace cpd
