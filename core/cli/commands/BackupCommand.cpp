#include "cli/commands/BackupCommand.h"

#include "backup/BackupService.h"
#include "backup/BackupWriter.h"
#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/PassphraseInput.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QLocale>

namespace cpd {

namespace {

QString describe(const BackupInfo& b)
{
    const QString when = b.created.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString size = QLocale::c().formattedDataSize(b.size, 1, QLocale::DataSizeTraditionalFormat);
    if (!b.ok)
        return QStringLiteral("%1  %2  %3  %4  NOT USABLE: %5").arg(when, b.kind, size, b.path, b.problem);
    return QStringLiteral("%1  %2  %3  %4 entries  %5").arg(when, b.kind, size).arg(b.entries).arg(b.path);
}

} // namespace

QString BackupCommand::summary() const
{
    return QStringLiteral(
        "Backs up the journal: with -o to FILE (replaced whole, or not at all; --encrypt protects it with a passphrase), "
        "else into the journal's backups folder beside it. Each backup is a consistent copy (SQLite VACUUM INTO) checked "
        "before it is kept. --list shows the backups in that folder with date, kind, size, entries and check result. "
        "The app also backs up daily on first use (keeping 7 daily and 4 weekly) and before every upgrade.");
}

int BackupCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("o"), QStringLiteral("FILE"), QStringLiteral("the file to write"))
        .flag(QStringLiteral("list"), QStringLiteral("list the backups in the journal's backups folder"))
        .flag(QStringLiteral("encrypt"), QStringLiteral("encrypt the backup with a passphrase"))
        .flag(QStringLiteral("json"), QStringLiteral("print JSON"));
    PassphraseInput::addOptions(parser);
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected \"%1\"").arg(parser.positional().first()), synopsis());
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool encrypt = parser.isSet(QStringLiteral("encrypt"));
    const QString output = parser.value(QStringLiteral("o"));
    BackupService service(context.journalPath(), context.clock());

    if (parser.isSet(QStringLiteral("list"))) {
        if (!output.isEmpty() || encrypt || PassphraseInput::given(parser))
            return context.usageError(QStringLiteral("--list takes no other options but --json"), synopsis());
        const QList<BackupInfo> backups = service.list();
        if (json) {
            QJsonArray rows;
            for (const BackupInfo& b : backups)
                rows.append(b.toJson());
            context.printJson(rows);
            return ExitOk;
        }
        if (backups.isEmpty())
            context.out() << "No backups yet in " << service.folder() << Qt::endl;
        for (const BackupInfo& b : backups)
            context.out() << describe(b) << '\n';
        context.out().flush();
        return ExitOk;
    }
    if (encrypt && output.isEmpty())
        return context.usageError(QStringLiteral("--encrypt needs -o FILE (the backups folder is never encrypted)"), synopsis());
    if (encrypt != PassphraseInput::given(parser))
        return context.usageError(encrypt ? QStringLiteral("--encrypt needs a passphrase: %1").arg(PassphraseInput::usage())
                                          : QStringLiteral("a passphrase is only for --encrypt"),
                                  synopsis());
    QByteArray passphrase;
    if (encrypt) {
        auto read = PassphraseInput::read(context, parser);
        if (!read)
            return context.userError(read.error().message);
        passphrase = *read;
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    const QSqlDatabase source = (*db)->connection();
    Result<BackupInfo> made = encrypt ? BackupWriter::writeEncrypted(source, output, passphrase)
                              : output.isEmpty() ? service.backUp(source, QStringLiteral("manual"))
                                                 : BackupWriter::write(source, output);
    passphrase.fill('\0');
    if (!made)
        return context.userError(made.error().message);
    if (json) {
        context.printJson(made->toJson());
        return ExitOk;
    }
    context.out() << "Backed up " << made->entries << " entries to " << made->path << " ("
                  << QLocale::c().formattedDataSize(made->size, 1, QLocale::DataSizeTraditionalFormat)
                  << (made->encrypted ? ", encrypted" : "") << ")" << Qt::endl;
    return ExitOk;
}

} // namespace cpd
