#include "cli/commands/TrashCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "journal/EntryRepository.h"

namespace cpd {

QString TrashCommand::name() const
{
    switch (m_action) {
    case Action::Delete:
        return QStringLiteral("delete");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::Purge:
        return QStringLiteral("purge");
    }
    return {};
}

QString TrashCommand::summary() const
{
    switch (m_action) {
    case Action::Delete:
        return QStringLiteral("Moves an entry to the trash (restore brings it back).");
    case Action::Restore:
        return QStringLiteral("Brings an entry back from the trash.");
    case Action::Purge:
        return QStringLiteral("Deletes for good an entry that is in the trash.");
    }
    return {};
}

int TrashCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (parser.positional().size() != 1)
        return context.usageError(QStringLiteral("say which entry: %1 ID").arg(name()), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    EntryRepository repository(**db, context.clock());
    const QString id = parser.positional().first();
    Status done;
    QString said;
    switch (m_action) {
    case Action::Delete:
        done = repository.moveToTrash(id);
        said = QStringLiteral("Moved %1 to the trash.");
        break;
    case Action::Restore:
        done = repository.restore(id);
        said = QStringLiteral("Restored %1 from the trash.");
        break;
    case Action::Purge:
        done = repository.purge(id);
        said = QStringLiteral("Deleted %1 for good.");
        break;
    }
    if (!done)
        return context.userError(done.error().message);
    context.out() << said.arg(id) << '\n';
    return ExitOk;
}

} // namespace cpd
