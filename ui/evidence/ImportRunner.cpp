#include "evidence/ImportRunner.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>

namespace cpd {

struct ImportRunner::Shared
{
    std::atomic_bool cancel = false;
    std::atomic_int lastPercent = -1;
    QMutex mutex;
    QString lastStage;
    std::optional<Result<ImportSummary>> result;
};

ImportRunner::ImportRunner(QString databasePath, QWidget* dialogParent)
    : QObject(dialogParent), m_path(std::move(databasePath)), m_dialogParent(dialogParent)
{
}

ImportRunner::~ImportRunner()
{
    if (m_thread) {
        m_shared->cancel = true;
        m_thread->wait();
    }
}

bool ImportRunner::isRunning() const
{
    return m_thread != nullptr;
}

bool ImportRunner::start(const QString& title, Work work)
{
    if (m_thread)
        return false;
    m_shared = std::make_shared<Shared>();

    if (!m_dialog) {
        m_dialog = new QProgressDialog(m_dialogParent);
        m_dialog->setAutoClose(false);
        m_dialog->setAutoReset(false);
        m_dialog->setMinimumDuration(0);
        m_dialog->setWindowModality(Qt::WindowModal);
        m_dialog->setCancelButtonText(tr("Cancel"));
        m_dialog->setAccessibleName(tr("Import progress"));
        connect(m_dialog, &QProgressDialog::canceled, this, &ImportRunner::cancel);
    }
    m_dialog->setWindowTitle(title);
    m_dialog->setLabelText(tr("Starting…"));
    m_dialog->setRange(0, 0);
    m_dialog->setValue(0);
    m_dialog->show();

    const QString path = m_path;
    std::shared_ptr<Shared> shared = m_shared;
    QPointer<ImportRunner> self(this);
    m_thread = QThread::create([path, shared, self, work = std::move(work)] {
        if (workerStartHook)
            workerStartHook();
        const ImportProgress progress = [shared, self](const QString& stage, qint64 done, qint64 total) {
            if (shared->cancel)
                return false;
            const int percent = total > 0 ? int(qBound(qint64(0), done * 100 / total, qint64(100))) : -1;
            bool changed = percent != shared->lastPercent.exchange(percent);
            {
                QMutexLocker lock(&shared->mutex);
                if (stage != shared->lastStage) {
                    shared->lastStage = stage;
                    changed = true;
                }
            }
            if (changed && self)
                QMetaObject::invokeMethod(self.data(), [self, stage, done, total] {
                    if (self)
                        self->onProgress(stage, done, total);
                }, Qt::QueuedConnection);
            return !shared->cancel;
        };
        Result<ImportSummary> result = fail(tr("The import was cancelled; nothing was imported."));
        if (!shared->cancel) {
            auto db = Database::open(path, Database::Options{.create = false});
            if (!db)
                result = std::unexpected(db.error());
            else
                result = work(**db, progress);
        }
        QMutexLocker lock(&shared->mutex);
        shared->result = std::move(result);
    });
    m_thread->setObjectName(QStringLiteral("import"));
    connect(m_thread, &QThread::finished, this, &ImportRunner::onThreadFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void ImportRunner::cancel()
{
    if (!m_thread)
        return;
    m_shared->cancel = true;
    if (m_dialog) {
        m_dialog->setLabelText(tr("Cancelling…"));
        m_dialog->setCancelButtonText(QString());
    }
}

void ImportRunner::onProgress(const QString& stage, qint64 done, qint64 total)
{
    if (!m_dialog || !m_thread || m_shared->cancel)
        return;
    if (total > 0) {
        m_dialog->setRange(0, 1000);
        m_dialog->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_dialog->setRange(0, 0);
    }
    m_dialog->setLabelText(stage.isEmpty() ? tr("Importing…") : stage);
}

void ImportRunner::onThreadFinished()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_shared->cancel;
    std::optional<Result<ImportSummary>> result;
    {
        QMutexLocker lock(&m_shared->mutex);
        result = std::move(m_shared->result);
    }
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->setCancelButtonText(tr("Cancel"));
    }
    if (!result)
        result = fail(tr("The import stopped unexpectedly; nothing was imported."));
    if (*result)
        emit finished(**result, QString(), cancelled);
    else
        emit finished(ImportSummary{}, result->error().message, cancelled);
}

} // namespace cpd
