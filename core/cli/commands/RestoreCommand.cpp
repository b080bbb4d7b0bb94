#include "cli/commands/RestoreCommand.h"

#include "backup/JournalRestorer.h"
#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/PassphraseInput.h"
#include "crypto/FileCrypto.h"

#include <QFileInfo>
#include <QJsonObject>

namespace cpd {

namespace {

const QString kSynopsis = QStringLiteral("restore BACKUP-FILE [--passphrase-file FILE | --passphrase-stdin] [--json]");

// A backup is named by a path; an entry by its id (a UUID, no slash, no file of that name).
bool looksLikeFile(const QString& arg)
{
    return QFileInfo(arg).isFile() || arg.contains(QLatin1Char('/')) || arg.contains(QLatin1Char('\\'))
           || arg.endsWith(QLatin1String(".cpdj")) || arg.endsWith(QLatin1String(".enc"));
}

} // namespace

RestoreCommand::RestoreCommand(std::unique_ptr<CliCommand> entryRestore) : m_entryRestore(std::move(entryRestore)) {}

RestoreCommand::~RestoreCommand() = default;

QString RestoreCommand::synopsis() const
{
    return m_entryRestore ? m_entryRestore->synopsis() + QLatin1Char('\n') + kSynopsis : kSynopsis;
}

QString RestoreCommand::summary() const
{
    QString s = QStringLiteral(
        "restore BACKUP-FILE puts a backup in place of the journal: the backup is checked first (intact, a CPD journal, "
        "not from a newer version; an encrypted one needs its passphrase), the current journal is kept beside it as "
        "<journal>.before-restore-<time>, and a bad backup changes nothing. Close the app first.");
    return m_entryRestore ? m_entryRestore->summary() + QLatin1Char(' ') + s : s;
}

int RestoreCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print JSON"));
    PassphraseInput::addOptions(parser);
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList positional = parser.positional();
    if (m_entryRestore && positional.size() == 1 && !looksLikeFile(positional.first()) && !PassphraseInput::given(parser))
        return m_entryRestore->run(context, args);
    if (positional.size() != 1)
        return context.usageError(QStringLiteral("say which backup to restore"), synopsis());
    const QString file = positional.first();
    QByteArray passphrase;
    if (PassphraseInput::given(parser)) {
        auto read = PassphraseInput::read(context, parser);
        if (!read)
            return context.userError(read.error().message);
        passphrase = *read;
    } else if (FileCrypto::isEncryptedFile(file)) {
        return context.userError(
            QStringLiteral("%1 is encrypted; give its passphrase with %2").arg(file, PassphraseInput::usage()));
    }
    auto restored = JournalRestorer::restore(file, context.journalPath(), context.clock(), passphrase);
    passphrase.fill('\0');
    if (!restored)
        return context.userError(restored.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = restored->backup.toJson();
        o.insert(QStringLiteral("journal"), context.journalPath());
        o.insert(QStringLiteral("kept_aside"), restored->keptAside);
        context.printJson(o);
        return ExitOk;
    }
    context.out() << "Restored " << restored->backup.entries << " entries from " << file << " into "
                  << context.journalPath() << Qt::endl;
    if (!restored->keptAside.isEmpty())
        context.out() << "The journal it replaced is kept at " << restored->keptAside << Qt::endl;
    return ExitOk;
}

} // namespace cpd
