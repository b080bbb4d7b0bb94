#include "cli/commands/ImportJsonCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/PassphraseInput.h"
#include "crypto/FileCrypto.h"
#include "export/JournalJson.h"

#include <QJsonObject>

namespace cpd {

ImportJsonCommand::ImportJsonCommand(std::unique_ptr<CliCommand> otherKinds) : m_otherKinds(std::move(otherKinds)) {}

ImportJsonCommand::~ImportJsonCommand() = default;

QString ImportJsonCommand::synopsis() const
{
    QString s = QStringLiteral("import json FILE [--json] [--passphrase-file FILE | --passphrase-stdin]");
    if (m_otherKinds)
        s = m_otherKinds->synopsis() + QLatin1Char('\n') + s;
    return s;
}

QString ImportJsonCommand::summary() const
{
    QString s = QStringLiteral("import json restores a whole-journal export (export --format json): every entry, link, "
                               "topic, record, the profile and the evidence, keeping their ids, in one transaction. "
                               "If anything in the file is already in the journal, nothing is imported. An encrypted export "
                               "(export --encrypt) is recognised and needs its passphrase.");
    if (m_otherKinds)
        s = m_otherKinds->summary() + QLatin1Char(' ') + s;
    return s;
}

int ImportJsonCommand::run(CliContext& context, const QStringList& args)
{
    if (args.value(0) != QLatin1String("json")) {
        if (m_otherKinds)
            return m_otherKinds->run(context, args);
        return context.usageError(QStringLiteral("say what to import: json"), synopsis());
    }
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the counts as JSON"));
    PassphraseInput::addOptions(parser);
    if (auto ok = parser.parse(args.mid(1)); !ok)
        return context.usageError(ok.error().message, QStringLiteral("import json FILE [--json] [--passphrase-file FILE | --passphrase-stdin]"));
    if (parser.positional().size() != 1)
        return context.usageError(QStringLiteral("say which file to import"), QStringLiteral("import json FILE [--json] [--passphrase-file FILE | --passphrase-stdin]"));
    const QString path = parser.positional().first();
    auto bytes = context.readInput(path, 512 * 1024 * 1024);
    if (!bytes)
        return context.userError(bytes.error().message);
    // An export made with --encrypt: decrypted in memory, after which it is an ordinary export.
    if (FileCrypto::isEncrypted(*bytes)) {
        if (!PassphraseInput::given(parser))
            return context.userError(QStringLiteral("%1 is encrypted; give its passphrase with %2").arg(path, PassphraseInput::usage()));
        auto passphrase = PassphraseInput::read(context, parser);
        if (!passphrase)
            return context.userError(passphrase.error().message);
        auto plain = FileCrypto::decryptBytes(*bytes, *passphrase, path);
        passphrase->fill('\0');
        if (!plain)
            return context.userError(plain.error().message);
        *bytes = *plain;
    }
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    auto counts = JournalJson::importJournal(**db, context.clock(), *bytes);
    if (!counts)
        return context.userError(counts.error().message);
    if (parser.isSet(QStringLiteral("json"))) {
        context.printJson(QJsonObject{{QStringLiteral("entries"), counts->entries},
                                      {QStringLiteral("trash"), counts->trashed},
                                      {QStringLiteral("records"), counts->records},
                                      {QStringLiteral("profile"), counts->profile},
                                      {QStringLiteral("rows"), counts->rows}});
        return ExitOk;
    }
    context.out() << QStringLiteral("Imported %1 entries (%2 in the trash), %3 records, %4 and %5 evidence rows from %6")
                         .arg(counts->entries)
                         .arg(counts->trashed)
                         .arg(counts->records)
                         .arg(counts->profile ? QStringLiteral("the profile") : QStringLiteral("no profile"))
                         .arg(counts->rows)
                         .arg(path)
                  << Qt::endl;
    return ExitOk;
}

} // namespace cpd
