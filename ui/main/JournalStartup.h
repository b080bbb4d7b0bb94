#pragma once

#include "storage/JournalOpener.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;
class QWidget;

namespace cpd {

class Clock;
class MainWindow;

// Opens the journal for the window, handling what can go wrong on the way: a damaged or
// truncated journal is met with the latest good backup (the damaged file is kept aside), a
// read-only journal opens with a banner saying why. After the window shows, a full check runs
// in the background (seconds at 100,000 entries, so never before the first paint).
class JournalStartup : public QObject
{
    Q_OBJECT
public:
    explicit JournalStartup(const Clock& clock, QObject* parent = nullptr);
    ~JournalStartup() override;

    // Opens path, asking the person what to do when it is damaged. The error is what to show
    // when nothing could be opened.
    Result<std::unique_ptr<Database>> open(const QString& path, QWidget* parent = nullptr);
    // Read-only banner if needed, then the background check, kCheckDelayMs after the event loop
    // starts: reading a large journal whole would compete with the first paint for the disk.
    void attach(MainWindow& window);
    static constexpr int kCheckDelayMs = 1500;

signals:
    // The background check found damage (the message says what); the window is read-only now.
    void damageFound(const QString& message);
    void checkFinished(bool healthy);
    // A backup replaced the damaged journal: the app should start again on it (main does).
    void restartRequested(const QString& message);

private:
    void startCheck(const QString& path, QPointer<MainWindow> target);
    void onDamageFound(MainWindow& window, const QString& path, const QString& detail);
    Result<std::unique_ptr<Database>> recover(const QString& path, const QString& message, QWidget* parent);

    // The newest automatic backup that passes its check, put in place of the damaged journal
    // (which is kept aside); returns what to tell the person.
    std::optional<QString> latestGoodBackup(const QString& path) const;
    Result<QString> restore(const QString& path, const QString& backup);

    const Clock& m_clock;
    std::unique_ptr<JournalLock> m_lock;
    QPointer<QThread> m_check;
    // Set when the app quits: a check still running stops instead of keeping it waiting.
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
};

} // namespace cpd
