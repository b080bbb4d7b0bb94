#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace cpd {

class Clock;

// The daily backup on the first use of each day, made a few seconds after the window opens (so
// copying a large journal does not compete with the first paint), on a worker thread with its
// own connection so the window never waits; quitting cancels a backup still being made. Says what happened through done()
// (an empty message when none was due). CPDJOURNAL_NO_AUTO_BACKUP=1 turns it off.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    DailyBackup(QString journalPath, const Clock& clock, QObject* parent = nullptr);
    ~DailyBackup() override;

    // Starts the backup kStartDelayMs from now.
    void start();
    static constexpr int kStartDelayMs = 3000;

signals:
    void done(const QString& message);

private:
    QString m_journalPath;
    const Clock& m_clock;
    void run();

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel = false;
    bool m_started = false;
};

} // namespace cpd
