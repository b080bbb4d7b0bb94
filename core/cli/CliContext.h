#pragma once

#include "util/Result.h"

#include <QJsonValue>
#include <QTextStream>

#include <memory>

class QIODevice;

namespace cpd {

class Clock;
class Database;

// What a command runs with: its streams, the clock, and the journal (opened on first use).
class CliContext
{
public:
    CliContext(QString dbOption, QTextStream& out, QTextStream& err, QIODevice& in, const Clock& clock);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }

    QString journalPath() const;
    Result<Database*> journal();
    // Reads a file, or standard input for "-". Refuses files larger than maxBytes.
    Result<QByteArray> readInput(const QString& fileOrDash, qint64 maxBytes = 64 * 1024 * 1024);

    void printJson(const QJsonValue& value);
    // Prints "cpdjournal-cli: message" on stderr and returns ExitUserError.
    int userError(const QString& message);
    // Prints the problem and the usage on stderr and returns ExitUsage.
    int usageError(const QString& message, const QString& synopsis);

private:
    QString m_dbOption;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace cpd
