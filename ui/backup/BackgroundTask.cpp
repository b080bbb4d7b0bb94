#include "backup/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <memory>

namespace cpd {

Status BackgroundTask::run(QWidget* parent, const QString& label, const Work& work)
{
    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 100, parent);
    dialog.setObjectName(QStringLiteral("backupProgress"));
    dialog.setWindowTitle(QObject::tr("CPD Journal"));
    dialog.setAccessibleName(label);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(400);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [cancelled] { *cancelled = true; });
    QPointer<QProgressDialog> guard(&dialog);
    Status result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        result = work([&, cancelled](int percent) {
            QMetaObject::invokeMethod(&dialog, [guard, percent] {
                if (guard)
                    guard->setValue(percent);
            }, Qt::QueuedConnection);
            return !*cancelled;
        });
    }));
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(); // the dialog is window-modal: the window paints but takes no input meanwhile
    thread->wait();
    QCoreApplication::removePostedEvents(&dialog);
    return result;
}

} // namespace cpd
