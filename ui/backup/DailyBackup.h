#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace cpd {

class Clock;

// The daily backup on the first use of each day, made when the window opens, on a worker
// thread with its own connection so the window never waits. Says what happened through done()
// (an empty message when none was due). CPDJOURNAL_NO_AUTO_BACKUP=1 turns it off.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    DailyBackup(QString journalPath, const Clock& clock, QObject* parent = nullptr);
    ~DailyBackup() override;

    void start();

signals:
    void done(const QString& message);

private:
    QString m_journalPath;
    const Clock& m_clock;
    std::unique_ptr<QThread> m_thread;
};

} // namespace cpd
