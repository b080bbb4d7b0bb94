#include "revalidation/StatusLoader.h"

#include "standards/RevalidationService.h"
#include "standards/StandardRegistry.h"
#include "storage/Database.h"

#include <QThread>

namespace cpd {

StatusLoader::StatusLoader(QObject* parent) : QObject(parent) {}

StatusLoader::~StatusLoader()
{
    // Deleted here, not left to a deleteLater that the ending event loop may never run.
    for (const QPointer<QThread>& thread : std::as_const(m_threads)) {
        if (thread) {
            thread->wait();
            delete thread.data();
        }
    }
}

StatusLoader::Outcome StatusLoader::work(const QString& path, const QString& standardId, const QDate& asOf)
{
    Database::Options options;
    options.create = false;
    options.readOnly = true;
    auto db = Database::open(path, options);
    if (!db)
        return {std::unexpected(db.error()), std::unexpected(db.error())};
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    const RevalidationService service(**db, standards);
    Outcome out{service.status(standardId, asOf), QList<MonthHours>{}};
    if (out.status)
        out.months = service.hoursByMonth(out.status->period.clippedTo(out.status->asOf));
    return out;
}

void StatusLoader::request(const QString& path, const QString& standardId, const QDate& asOf)
{
    const quint64 number = ++m_requested;
    QThread* thread = QThread::create([this, number, path, standardId, asOf] {
        Outcome outcome = work(path, standardId, asOf);
        // Delivered on this object's thread; dropped if a newer request was made meanwhile.
        QMetaObject::invokeMethod(this, [this, number, outcome = std::move(outcome)] {
            if (number != m_requested)
                return;
            m_delivered = number;
            emit loaded(outcome);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads << thread;
    thread->start();
}

} // namespace cpd
