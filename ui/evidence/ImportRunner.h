#pragma once

#include "importers/ImportProgress.h"
#include "importers/ImportSummary.h"
#include "util/Result.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>

class QProgressDialog;
class QThread;
class QWidget;

namespace cpd {

class Database;

// Runs one import on a worker thread with its own connection to the journal (QSqlDatabase
// connections belong to the thread that opened them), showing a progress dialog whose Cancel
// stops the import: an import stores all of itself or nothing.
class ImportRunner : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker thread, on the worker's own Database.
    using Work = std::function<Result<ImportSummary>(Database& db, const ImportProgress& progress)>;

    ImportRunner(QString databasePath, QWidget* dialogParent);
    ~ImportRunner() override;

    bool start(const QString& title, Work work);
    bool isRunning() const;
    void cancel();
    QProgressDialog* progressDialog() const { return m_dialog; }

    // Tests: runs on the worker thread before the import starts (to hold it while they cancel).
    static inline std::function<void()> workerStartHook;

signals:
    // Once per start, on the UI thread: the summary, or what went wrong (error not empty).
    // cancelled: the person asked to stop (nothing stored).
    void finished(const cpd::ImportSummary& summary, const QString& error, bool cancelled);

private:
    struct Shared;
    void onProgress(const QString& stage, qint64 done, qint64 total);
    void onThreadFinished();

    QString m_path;
    QPointer<QWidget> m_dialogParent;
    QProgressDialog* m_dialog = nullptr;
    QThread* m_thread = nullptr;
    std::shared_ptr<Shared> m_shared;
};

} // namespace cpd
