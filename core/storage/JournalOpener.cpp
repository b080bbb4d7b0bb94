#include "storage/JournalOpener.h"

#include "storage/Migrator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cpd {

namespace {

JournalOpener::Failure damaged(const QString& path, const QString& detail)
{
    return {
        JournalOpener::Problem::Damaged,
        QCoreApplication::translate(
            "JournalOpener",
            "The journal %1 is damaged (%2). Restore it from a backup; the damaged file is kept.")
            .arg(path, detail)};
}

} // namespace

std::expected<JournalOpener::Opened, JournalOpener::Failure>
JournalOpener::open(const QString& path, Options options)
{
    const QFileInfo info(path);
    const JournalHealth::Report health = JournalHealth::inspect(path);
    switch (health.verdict) {
    case JournalHealth::Verdict::Healthy:
        break;
    case JournalHealth::Verdict::Missing:
        if (!options.create)
            return std::unexpected(
                Failure{Problem::Missing,
                        QCoreApplication::translate("JournalOpener", "There is no journal at %1.")
                            .arg(path)});
        break;
    case JournalHealth::Verdict::NotSqlite:
        return std::unexpected(
            Failure{Problem::NotAJournal,
                    QCoreApplication::translate(
                        "JournalOpener",
                        "%1 is not a CPD Journal file (or its first bytes are damaged); it was "
                        "left untouched.")
                        .arg(path)});
    case JournalHealth::Verdict::Truncated:
    case JournalHealth::Verdict::Damaged:
        return std::unexpected(damaged(path, health.detail));
    }

    // A new journal's folder first: the lock file goes beside the journal.
    if (!info.exists() && options.create && !QDir().mkpath(info.absolutePath()))
        return std::unexpected(Failure{
            Problem::Other, QCoreApplication::translate(
                                "JournalOpener", "Could not create the folder %1 for the journal.")
                                .arg(info.absolutePath())});
    QString reason;
    if (info.exists() && !info.isWritable())
        reason = QCoreApplication::translate(
            "JournalOpener",
            "The journal file is read-only (check its permissions, or the disk it is on).");
    else if (QFileInfo(info.absolutePath()).exists() &&
             !QFileInfo(info.absolutePath()).isWritable())
        reason = QCoreApplication::translate(
                     "JournalOpener",
                     "The journal's folder %1 is read-only, so changes cannot be saved.")
                     .arg(info.absolutePath());
    else if (JournalHealth::headerVersion(path) > Migrator::latestVersion())
        reason = QCoreApplication::translate(
                     "JournalOpener", "The journal was written by a newer version of CPD Journal "
                                      "(journal version %1; this version "
                                      "writes up to %2). Update CPD Journal to make changes.")
                     .arg(JournalHealth::headerVersion(path))
                     .arg(Migrator::latestVersion());

    Opened opened;
    if (reason.isEmpty() && options.lock) {
        opened.lock = std::make_unique<JournalLock>(path);
        if (auto held = opened.lock->acquire(); !held) {
            reason = held.error().message;
            opened.lock.reset();
        }
    }
    auto db = Database::open(
        path, {.create = options.create, .readOnly = !reason.isEmpty(), .readOnlyReason = reason});
    if (!db) {
        // A failure that only a query could see (a damaged schema page, say) is damage too.
        const JournalHealth::Report deep = JournalHealth::deepCheck(path);
        if (deep.verdict == JournalHealth::Verdict::Damaged ||
            deep.verdict == JournalHealth::Verdict::Truncated)
            return std::unexpected(damaged(path, deep.detail));
        const bool notJournal = db.error().message.contains(QLatin1String("not a CPD journal"));
        return std::unexpected(
            Failure{notJournal ? Problem::NotAJournal : Problem::Other, db.error().message});
    }
    opened.database = std::move(*db);
    return opened;
}

} // namespace cpd
