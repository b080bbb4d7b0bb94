#include "backup/BackupService.h"

#include "backup/BackupChecker.h"
#include "backup/BackupRotation.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace cpd {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// "<journal>-20261122-062300-daily.cpdj" -> time and kind.
struct ParsedName
{
    QDateTime created;
    QString kind;
};

std::optional<ParsedName> parse(const QString& fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(-(\d{8}-\d{6})-(daily|manual|upgrade-v\d+)\.cpdj$)"));
    const auto m = pattern.match(fileName);
    if (!m.hasMatch())
        return std::nullopt;
    const QDateTime created = QDateTime::fromString(m.captured(1), kStampFormat);
    if (!created.isValid())
        return std::nullopt;
    const QString kind = m.captured(2).startsWith(QLatin1String("upgrade")) ? QStringLiteral("upgrade") : m.captured(2);
    return ParsedName{created, kind};
}

} // namespace

BackupService::BackupService(QString journalPath, const Clock& clock)
    : m_journalPath(QFileInfo(journalPath).absoluteFilePath()), m_clock(clock)
{
}

QString BackupService::folderFor(const QString& journalPath)
{
    const QFileInfo journal(journalPath);
    return journal.absoluteDir().filePath(journal.completeBaseName() + QStringLiteral("-backups"));
}

QString BackupService::fileName(const QString& journalPath, const QDateTime& when, const QString& kind)
{
    return QStringLiteral("%1-%2-%3.cpdj")
        .arg(QFileInfo(journalPath).completeBaseName(), when.toLocalTime().toString(kStampFormat), kind);
}

QList<BackupInfo> BackupService::list(bool check) const
{
    return listIn(folder(), check);
}

QList<BackupInfo> BackupService::listIn(const QString& folder, bool check)
{
    QList<BackupInfo> out;
    const QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.cpdj")}, QDir::Files);
    for (const QFileInfo& file : files) {
        const auto parsed = parse(file.fileName());
        if (!parsed)
            continue;
        BackupInfo info;
        if (check) {
            info = BackupChecker::inspect(file.absoluteFilePath());
        } else {
            info.path = file.absoluteFilePath();
            info.size = file.size();
        }
        info.created = parsed->created;
        info.kind = parsed->kind;
        out << info;
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) { return a.created > b.created; });
    return out;
}

std::optional<BackupInfo> BackupService::latestGood() const
{
    const QList<BackupInfo> all = list(false);
    for (BackupInfo candidate : all) {
        auto checked = BackupChecker::check(candidate.path);
        if (!checked)
            continue;
        checked->created = candidate.created;
        checked->kind = candidate.kind;
        return *checked;
    }
    return std::nullopt;
}

Result<BackupInfo> BackupService::backUp(const QSqlDatabase& source, const QString& kind,
                                         const BackupWriter::Progress& progress)
{
    const QDateTime now = m_clock.now().toLocalTime();
    auto info = BackupWriter::write(source, QDir(folder()).filePath(fileName(m_journalPath, now, kind)), progress);
    if (!info)
        return info;
    info->created = now;
    info->kind = kind;
    if (auto removed = rotate(); !removed)
        return std::unexpected(removed.error());
    return info;
}

Result<std::optional<BackupInfo>> BackupService::dailyIfDue(const QSqlDatabase& source,
                                                            const BackupWriter::Progress& progress)
{
    const QDate today = m_clock.now().toLocalTime().date();
    const QList<BackupInfo> existing = list(false);
    for (const BackupInfo& b : existing) {
        if (b.kind != QLatin1String("upgrade") && b.created.date() == today)
            return std::optional<BackupInfo>();
    }
    auto made = backUp(source, QStringLiteral("daily"), progress);
    if (!made)
        return std::unexpected(made.error());
    return std::optional<BackupInfo>(*made);
}

Result<QStringList> BackupService::rotate()
{
    return rotateIn(folder());
}

Result<QStringList> BackupService::rotateIn(const QString& folder)
{
    QList<BackupRotation::Item> items;
    const QList<BackupInfo> existing = listIn(folder, false);
    for (const BackupInfo& b : existing)
        items.append({b.path, b.created, b.kind == QLatin1String("upgrade")});
    const QStringList remove = BackupRotation::toRemove(items);
    for (const QString& path : remove) {
        if (!QFile::remove(path))
            return fail(
                QCoreApplication::translate("BackupService", "Could not delete the old backup %1.")
                    .arg(path));
    }
    // Temporary copies left by a backup that was killed half-way.
    const QDir dir(folder);
    const QStringList hidden = dir.entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : hidden) {
        if (BackupWriter::isTemporaryName(name) && QFileInfo(dir.filePath(name)).lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(dir.filePath(name));
    }
    return remove;
}

Result<BackupInfo> BackupService::beforeUpgrade(const QSqlDatabase& source, const QString& journalPath,
                                                int fromVersion, const QDateTime& now)
{
    const QString target = QDir(folderFor(journalPath))
                               .filePath(fileName(journalPath, now, QStringLiteral("upgrade-v%1").arg(fromVersion)));
    auto info = BackupWriter::write(source, target);
    if (!info)
        return fail(QCoreApplication::translate(
                        "BackupService",
                        "Could not back up the journal before upgrading it, so it was not upgraded "
                        "and nothing was changed: %1")
                        .arg(info.error().message));
    info->created = now;
    info->kind = QStringLiteral("upgrade");
    if (auto removed = rotateIn(folderFor(journalPath)); !removed)
        return std::unexpected(removed.error());
    return info;
}

} // namespace cpd
