// cpdjournal-cli: headless, scriptable access to a journal. Creates no QApplication.
#include "cli/CliApplication.h"
#include "cli/commands/AddCommand.h"
#include "cli/commands/BackupCommand.h"
#include "cli/commands/RestoreCommand.h"
#include "cli/commands/DemoCommand.h"
#include "cli/commands/ListCommand.h"
#include "cli/commands/ProfileCommand.h"
#include "cli/commands/RecordCommand.h"
#include "cli/commands/ScanPrivacyCommand.h"
#include "cli/commands/SearchCommand.h"
#include "cli/commands/ShowCommand.h"
#include "cli/commands/StatusCommand.h"
#include "cli/commands/SuggestTopicsCommand.h"
#include "cli/commands/TeamCommand.h"
#include "cli/commands/TeamServerCommand.h"
#include "cli/commands/TopicsCommand.h"
#include "cli/commands/TrashCommand.h"
#include "cli/commands/CaseCommand.h"
#include "cli/commands/ChatsCommand.h"
#include "cli/commands/FeedCommand.h"
#include "cli/commands/FetchMetadataCommand.h"
#include "cli/commands/FindsCommand.h"
#include "cli/commands/GuidelineCommand.h"
#include "cli/commands/ImportArchiveCommand.h"
#include "cli/commands/ImportJsonCommand.h"
#include "cli/ExportCommand.h"
#include "cli/TeamReportCommand.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // A QGuiApplication (offscreen) only for a PDF export; never a QApplication.
    const auto app = cpd::ExportCommand::createApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("cpdjournal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CPD_VERSION));
    // stderr carries one line a person can act on; diagnostics only when asked for
    // (QT_LOGGING_RULES=cpd.*=true overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("cpd.*=false"));

    cpd::SystemClock clock;
    cpd::CliApplication cli(clock);
    cli.add(std::make_unique<cpd::AddCommand>());
    cli.add(std::make_unique<cpd::ListCommand>());
    cli.add(std::make_unique<cpd::ShowCommand>());
    cli.add(std::make_unique<cpd::SearchCommand>());
    cli.add(std::make_unique<cpd::TrashCommand>(cpd::TrashCommand::Action::Delete));
    // "restore FILE" restores a backup; "restore ID" goes on to the trash's restore.
    cli.add(std::make_unique<cpd::RestoreCommand>(
        std::make_unique<cpd::TrashCommand>(cpd::TrashCommand::Action::Restore)));
    cli.add(std::make_unique<cpd::TrashCommand>(cpd::TrashCommand::Action::Purge));
    cli.add(std::make_unique<cpd::DemoCommand>());
    cli.add(std::make_unique<cpd::ProfileCommand>());
    cli.add(std::make_unique<cpd::RecordCommand>());
    cli.add(std::make_unique<cpd::StatusCommand>());
    cli.add(std::make_unique<cpd::SuggestTopicsCommand>());
    cli.add(std::make_unique<cpd::TopicsCommand>());

    cli.add(std::make_unique<cpd::FetchMetadataCommand>());
    cli.add(std::make_unique<cpd::GuidelineCommand>());
    cli.add(std::make_unique<cpd::CaseCommand>());
    // "import json" is the journal export's; the other kinds go on to the archive importers.
    cli.add(std::make_unique<cpd::ImportJsonCommand>(std::make_unique<cpd::ImportArchiveCommand>()));
    cli.add(std::make_unique<cpd::ExportCommand>());
    cli.add(std::make_unique<cpd::FindsCommand>());
    cli.add(std::make_unique<cpd::ChatsCommand>());
    cli.add(std::make_unique<cpd::FeedCommand>());
    cli.add(std::make_unique<cpd::ScanPrivacyCommand>());
    cli.add(std::make_unique<cpd::BackupCommand>());
    // team server …/publish (PostgreSQL) and dashboard (from the server when one is set up); the
    // other team verbs (keygen/export-summary/import, dashboard over bundles) go on to TeamCommand.
    cli.add(std::make_unique<cpd::TeamServerCommand>(std::make_unique<cpd::TeamCommand>()));
    cli.add(std::make_unique<cpd::TeamReportCommand>()); // team report -o FILE (PDF: report/)

    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return cli.run(QCoreApplication::arguments(), out, err, in);
}
