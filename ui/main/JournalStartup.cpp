#include "main/JournalStartup.h"

#include "backup/BackupService.h"
#include "backup/JournalRestorer.h"
#include "common/MessageBox.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "main/ReadOnlyMode.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace cpd {

JournalStartup::JournalStartup(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock) {}

std::optional<QString> JournalStartup::latestGoodBackup(const QString& path) const
{
    const std::optional<BackupInfo> backup = BackupService(path, m_clock).latestGood();
    return backup ? std::optional<QString>(backup->path) : std::nullopt;
}

Result<QString> JournalStartup::restore(const QString& path, const QString& backup)
{
    auto restored = JournalRestorer::restore(backup, path, m_clock);
    if (!restored)
        return std::unexpected(restored.error());
    return tr("The backup %1 was restored. The damaged journal was kept as %2.")
        .arg(QFileInfo(backup).fileName(), QFileInfo(restored->keptAside).fileName());
}

Result<std::unique_ptr<Database>> JournalStartup::open(const QString& path, QWidget* parent)
{
    auto opened = JournalOpener::open(path);
    if (!opened) {
        // A journal whose first bytes are damaged looks like "not a journal"; when the file has
        // backups of its own it was one, so they are offered too.
        const JournalOpener::Problem problem = opened.error().problem;
        if (problem == JournalOpener::Problem::Damaged
            || (problem == JournalOpener::Problem::NotAJournal && latestGoodBackup(path)))
            return recover(path, opened.error().message, parent);
        return fail(opened.error().message);
    }
    m_lock = std::move(opened->lock);
    return std::move(opened->database);
}

Result<std::unique_ptr<Database>> JournalStartup::recover(const QString& path, const QString& message, QWidget* parent)
{
    const std::optional<QString> backup = latestGoodBackup(path);
    if (!backup)
        return fail(tr("%1\n\nThere is no backup of it to restore. The file was left as it is.").arg(message));
    const auto answer = MessageBox::question(
        parent, tr("The journal is damaged"),
        tr("%1\n\nRestore the latest good backup (%2)? The damaged journal is kept beside it, renamed.")
            .arg(message, QFileInfo(*backup).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return fail(tr("%1\n\nNothing was changed.").arg(message));
    auto restored = restore(path, *backup);
    if (!restored)
        return fail(restored.error().message);
    MessageBox::information(parent, tr("Backup restored"), *restored);
    auto reopened = JournalOpener::open(path);
    if (!reopened)
        return fail(reopened.error().message);
    m_lock = std::move(reopened->lock);
    return std::move(reopened->database);
}

void JournalStartup::attach(MainWindow& window)
{
    Database& db = window.session().database();
    if (db.isReadOnly())
        ReadOnlyMode::apply(window, db.readOnlyReason());
    const QString path = db.path();
    QPointer<MainWindow> target(&window);
    // Started a little after the window has painted.
    QTimer::singleShot(kCheckDelayMs, this, [this, path, target] { startCheck(path, target); });
}

void JournalStartup::startCheck(const QString& path, QPointer<MainWindow> target)
{
    QThread* thread = QThread::create([this, path, target, cancel = m_cancel] {
        QElapsedTimer timer;
        timer.start();
        const JournalHealth::Report report = JournalHealth::deepCheck(path, cancel.get());
        if (cancel->load())
            return; // quitting: nobody waits for the answer
        qCInfo(lcStorage) << "background check of" << path << "took" << timer.elapsed() << "ms:"
                          << (report.healthy() ? QStringLiteral("ok") : report.detail);
        QMetaObject::invokeMethod(this, [this, report, target, path] {
            if (!report.healthy() && target)
                onDamageFound(*target, path, report.detail);
            emit checkFinished(report.healthy());
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_check = thread;
    thread->start(QThread::LowestPriority);
}

JournalStartup::~JournalStartup()
{
    // The check reports to this object: it must finish first (quitting during it waits for it).
    m_cancel->store(true);
    if (m_check) {
        m_check->wait();
        delete m_check.data(); // not left to a deleteLater the ending event loop may never run
    }
}

void JournalStartup::onDamageFound(MainWindow& window, const QString& path, const QString& detail)
{
    // Nothing more is written to a damaged file.
    ReadOnlyMode::apply(window, tr("the journal is damaged (%1).").arg(detail));
    const std::optional<QString> backup = latestGoodBackup(path);
    QString message = tr("A check of the journal found damage (%1).").arg(detail);
    if (!backup) {
        message += tr(" There is no backup of it to restore; the journal is read-only now so that nothing more is lost.");
        MessageBox::warning(&window, tr("The journal is damaged"), message);
        emit damageFound(message);
        return;
    }
    const auto answer = MessageBox::question(
        &window, tr("The journal is damaged"),
        tr("%1\n\nRestore the latest good backup (%2) and reopen it? The damaged journal is kept beside it, renamed.")
            .arg(message, QFileInfo(*backup).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    emit damageFound(message);
    if (answer != QMessageBox::Yes)
        return;
    // The open connection follows the renamed file; the restored journal opens in a new process.
    auto restored = restore(path, *backup);
    if (!restored) {
        MessageBox::warning(&window, tr("The journal is damaged"), restored.error().message);
        return;
    }
    m_lock.reset();
    emit restartRequested(*restored);
}

} // namespace cpd
