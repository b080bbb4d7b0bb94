#include "backup/DailyBackup.h"

#include "backup/BackupService.h"
#include "storage/Database.h"

#include <QThread>
#include <QTimer>

namespace cpd {

DailyBackup::DailyBackup(QString journalPath, const Clock& clock, QObject* parent)
    : QObject(parent), m_journalPath(std::move(journalPath)), m_clock(clock)
{
}

DailyBackup::~DailyBackup()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void DailyBackup::start()
{
    if (m_started || qEnvironmentVariable("CPDJOURNAL_NO_AUTO_BACKUP") == QLatin1String("1"))
        return;
    m_started = true;
    QTimer::singleShot(kStartDelayMs, this, &DailyBackup::run);
}

void DailyBackup::run()
{
    m_thread.reset(QThread::create([this] {
        QString message;
        {
            auto db = Database::open(m_journalPath, {.create = false});
            if (!db) {
                message = tr("No daily backup: %1").arg(db.error().message);
            } else {
                auto made = BackupService(m_journalPath, m_clock).dailyIfDue((*db)->connection(), [this](int) { return !m_cancel.load(); });
                if (!made)
                    message = tr("The daily backup failed: %1").arg(made.error().message);
                else if (made->has_value())
                    message = tr("Daily backup made (%n entries).", nullptr, (*made)->entries);
            }
        }
        if (m_cancel)
            return;
        QMetaObject::invokeMethod(this, [this, message] { emit done(message); }, Qt::QueuedConnection);
    }));
    m_thread->start();
}

} // namespace cpd
