#include "cli/CliContext.h"

#include "backup/BackupService.h"
#include "cli/CliCommand.h"
#include "storage/Database.h"
#include "storage/JournalOpener.h"
#include "storage/JournalLocation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cpd {

CliContext::CliContext(QString dbOption, QTextStream& out, QTextStream& err, QIODevice& in,
                       const Clock& clock)
    : m_dbOption(std::move(dbOption)), m_out(out), m_err(err), m_in(in), m_clock(clock)
{
}

CliContext::~CliContext() = default;

QString CliContext::journalPath() const
{
    return JournalLocation::resolve(m_dbOption);
}

Result<Database*> CliContext::journal()
{
    if (!m_db) {
        // Read-only when the file, its folder or a newer version says so; a write then fails and
        // userError() adds the reason. A damaged journal says what to run.
        auto opened = JournalOpener::open(journalPath(), {.create = true, .lock = false});
        if (!opened) {
            QString message = opened.error().message;
            if (opened.error().problem == JournalOpener::Problem::Damaged) {
                const std::optional<BackupInfo> backup = BackupService(journalPath(), m_clock).latestGood();
                message += backup ? QStringLiteral(" To restore the latest good backup, run: cpdjournal-cli --db %1 "
                                                   "restore %2")
                                        .arg(journalPath(), backup->path)
                                  : QStringLiteral(" There is no good backup in %1; if you keep one elsewhere, run: "
                                                   "cpdjournal-cli --db %2 restore BACKUP-FILE")
                                        .arg(BackupService::folderFor(journalPath()), journalPath());
            }
            return fail(message);
        }
        m_db = std::move(opened->database);
    }
    return m_db.get();
}

Result<QByteArray> CliContext::readInput(const QString& fileOrDash, qint64 maxBytes)
{
    if (fileOrDash == QLatin1String("-")) {
        QByteArray data = m_in.read(maxBytes + 1);
        if (data.size() > maxBytes)
            return fail(QStringLiteral("standard input is larger than %1 MB").arg(maxBytes / (1024 * 1024)));
        return data;
    }
    QFile f(fileOrDash);
    if (!QFileInfo::exists(fileOrDash))
        return fail(QStringLiteral("%1: no such file").arg(fileOrDash));
    if (f.size() > maxBytes)
        return fail(QStringLiteral("%1 is larger than %2 MB").arg(fileOrDash).arg(maxBytes / (1024 * 1024)));
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: %2").arg(fileOrDash, f.errorString()));
    return f.readAll();
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

int CliContext::userError(const QString& message)
{
    QString oneLine = message;
    if (m_db && m_db->isReadOnly())
        oneLine += QStringLiteral(" The journal is open read-only: %1").arg(m_db->readOnlyReason());
    oneLine.replace(QLatin1Char('\n'), QLatin1String("; "));
    m_err << "cpdjournal-cli: " << oneLine << Qt::endl;
    return ExitUserError;
}

int CliContext::usageError(const QString& message, const QString& synopsis)
{
    m_err << "cpdjournal-cli: " << message << Qt::endl
          << "usage: cpdjournal-cli [--db FILE] " << synopsis << Qt::endl;
    return ExitUsage;
}

} // namespace cpd
