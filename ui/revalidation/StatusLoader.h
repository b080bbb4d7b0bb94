#pragma once

#include "standards/HoursByMonth.h"
#include "standards/RevalidationStatus.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QThread;

namespace cpd {

// Works out a standard's status and the CPD hours by month on a worker thread, over a read-only
// connection of its own to the journal, so that the window paints and answers at once however
// large the journal is (100,000 entries take a few hundred milliseconds).
class StatusLoader : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        Result<RevalidationStatus> status;
        Result<QList<MonthHours>> months;
    };

    explicit StatusLoader(QObject* parent = nullptr);
    // Waits for work still running: it reads the journal this object's owner may close.
    ~StatusLoader() override;

    // Starts working out standardId's status as of asOf from the journal file at path. The
    // outcome of an earlier request still running is dropped: only the newest is delivered.
    void request(const QString& path, const QString& standardId, const QDate& asOf);
    bool isBusy() const { return m_delivered != m_requested; }
    // Drops the outcome of every request made so far (the page no longer shows a standard).
    void discard() { m_delivered = ++m_requested; }

signals:
    void loaded(const cpd::StatusLoader::Outcome& outcome);

private:
    static Outcome work(const QString& path, const QString& standardId, const QDate& asOf);

    quint64 m_requested = 0;
    quint64 m_delivered = 0;
    QList<QPointer<QThread>> m_threads;
};

} // namespace cpd
