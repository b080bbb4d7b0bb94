#include "team/TeamPage.h"

#include "TeamReport.h"
#include "common/MessageBox.h"
#include "secrets/KeychainSecretStore.h"
#include "standards/ProfileRepository.h"
#include "team/TeamBundleImporter.h"
#include "team/TeamCoverageModel.h"
#include "team/TeamExportDialog.h"
#include "team/TeamMemberDialog.h"
#include "team/TeamTableModel.h"
#include "teamserver/ServerSummarySource.h"
#include "teamserver/TeamServerSettingsStore.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cpd {

TeamPage::TeamPage(Database& db, const Clock& clock, const TopicCatalogue& catalogue,
                   QWidget* parent)
    : QWidget(parent), m_db(db), m_clock(clock), m_catalogue(catalogue), m_store(db, clock),
      m_secrets([] { return std::make_unique<KeychainSecretStore>(); })
{
    setObjectName(QStringLiteral("teamPage"));
    setAccessibleName(tr("Team"));
    auto* layout = new QVBoxLayout(this);

    auto* buttons = new QHBoxLayout;
    const auto button = [this, buttons](const QString& text, const QString& name,
                                        const QString& description) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
        b->setAccessibleDescription(description);
        b->setToolTip(description);
        buttons->addWidget(b);
        return b;
    };
    connect(button(tr("&Import bundles…"), QStringLiteral("importBundlesButton"),
                   tr("Import members' signed summary bundles (.cpdteam)")),
            &QPushButton::clicked, this, &TeamPage::chooseAndImport);
    connect(button(tr("E&xport my summary…"), QStringLiteral("exportSummaryButton"),
                   tr("Save your own signed summary for your manager, sharing only the entries you "
                      "choose")),
            &QPushButton::clicked, this, &TeamPage::exportMySummary);
    connect(
        button(tr("Team &report (PDF)…"), QStringLiteral("teamReportButton"),
               tr("Save the team table, coverage, sign-offs and notes as a PDF; no reflections")),
        &QPushButton::clicked, this, &TeamPage::chooseAndWriteReport);
    buttons->addStretch(1);
    auto* sourceLabel = new QLabel(tr("&Show:"), this);
    m_sourceChoice = new QComboBox(this);
    m_sourceChoice->setObjectName(QStringLiteral("teamSourceChoice"));
    m_sourceChoice->setAccessibleName(tr("Where the team's summaries come from"));
    m_sourceChoice->addItems({tr("Imported bundles"), tr("The organisation's server")});
    sourceLabel->setBuddy(m_sourceChoice);
    buttons->addWidget(sourceLabel);
    buttons->addWidget(m_sourceChoice);
    // Only offered when this journal has a team server set up (team server connect).
    auto server = TeamServerSettingsStore(db, clock).load();
    sourceLabel->setVisible(server && server->has_value());
    m_sourceChoice->setVisible(server && server->has_value());
    connect(m_sourceChoice, &QComboBox::activated, this, &TeamPage::chooseSource);
    auto* filterLabel = new QLabel(tr("&Filter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("teamFilter"));
    m_filter->setAccessibleName(tr("Filter the team"));
    m_filter->setPlaceholderText(tr("Name, role, registration or status"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    buttons->addWidget(filterLabel);
    buttons->addWidget(m_filter);
    layout->addLayout(buttons);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("teamSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tableModel = new TeamTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_tableModel);
    m_proxy->setSortRole(TeamTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("teamTabs"));
    tabs->setAccessibleName(tr("Team views"));
    m_table = new QTableView(tabs);
    m_table->setObjectName(QStringLiteral("teamTable"));
    m_table->setAccessibleName(tr("Team members, most urgent first"));
    m_table->setAccessibleDescription(tr("Enter or double-click opens the member's summary"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    tabs->addTab(m_table, tr("&Members"));

    m_coverageModel = new TeamCoverageModel(this);
    m_coverage = new QTableView(tabs);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    m_coverage->setAccessibleName(tr("Topic coverage across the team"));
    m_coverage->setAccessibleDescription(
        tr("Entries per topic and member; darker cells have more entries"));
    m_coverage->setModel(m_coverageModel);
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setTabKeyNavigation(false);
    tabs->addTab(m_coverage, tr("Topic &coverage"));

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("importResults"));
    m_results->setAccessibleName(tr("Results of the last import"));
    m_results->setWordWrap(true);
    m_results->hide();

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tabs);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 3);
    layout->addWidget(splitter, 1);

    reload();
}

TeamPage::~TeamPage() = default;

void TeamPage::setSource(TeamSummarySource* source)
{
    m_source = source;
    reload();
}

void TeamPage::chooseSource(int index)
{
    if (index == 0)
        return setSource(nullptr);
    setSource(nullptr);
    m_server.reset();
    m_serverSecrets = m_secrets();
    auto server = ServerSummarySource::fromJournal(m_db, m_clock, *m_serverSecrets);
    if (!server || !*server) {
        m_sourceChoice->setCurrentIndex(0);
        MessageBox::warning(
            this, tr("Team server"),
            server ? tr("This journal has no team server set up.")
                   : tr("Could not use the team server, so the imported bundles are shown: %1")
                         .arg(server.error().message));
        return setSource(nullptr);
    }
    m_server = std::move(*server);
    setSource(m_server.get());
}

TeamSummarySource& TeamPage::source()
{
    return m_source ? *m_source : m_store;
}

const TeamDashboard& TeamPage::dashboard() const
{
    return m_tableModel->dashboard();
}

void TeamPage::reload()
{
    auto summaries = source().latestSummaries();
    if (!summaries) {
        m_summary->setText(
            tr("Could not read the team's summaries: %1").arg(summaries.error().message));
        m_tableModel->setDashboard({});
        m_coverageModel->setDashboard({});
        return;
    }
    const TeamDashboard d =
        TeamDashboard::compute(*summaries, m_clock.today(), m_catalogue, source().description());
    m_tableModel->setDashboard(d);
    m_coverageModel->setDashboard(d);
    m_table->resizeColumnsToContents();
    m_coverage->resizeColumnsToContents();
    if (d.members.isEmpty()) {
        m_summary->setText(tr("No team summaries yet. Import your team members' bundles (.cpdteam) "
                              "with Import bundles…"));
        return;
    }
    int urgent = 0;
    for (const TeamDashboard::MemberRow& m : d.members)
        urgent += m.urgency == TeamDashboard::Urgency::Overdue ||
                  m.urgency == TeamDashboard::Urgency::DueSoon;
    m_summary->setText(tr("%n member(s) from %1, as of %2; ", nullptr, int(d.members.size()))
                           .arg(d.source, QLocale().toString(d.asOf, QLocale::LongFormat)) +
                       tr("%n overdue or due within 90 days.", nullptr, urgent));
}

QList<TeamPage::ImportResult> TeamPage::importFiles(const QStringList& files)
{
    QList<ImportResult> results;
    QProgressDialog progress(tr("Importing bundles…"), tr("Stop"), 0, int(files.size()), this);
    progress.setWindowTitle(tr("Import bundles"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    TeamBundleImporter importer(m_db, m_clock);
    for (int i = 0; i < files.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            break;
        const QString& file = files.at(i);
        const QString name = QFileInfo(file).fileName();
        ImportResult r;
        r.file = file;
        auto outcome = importer.importFile(file);
        if (!outcome) {
            r.kind = ImportResult::Rejected;
            r.text = tr("Rejected: %1").arg(outcome.error().message);
        } else if (outcome->replacedSequence > 0) {
            r.kind = ImportResult::Replaced;
            r.text = tr("%1: accepted %2's summary %3, replacing the older summary %4.")
                         .arg(name, outcome->name)
                         .arg(outcome->sequence)
                         .arg(outcome->replacedSequence);
        } else {
            r.kind = ImportResult::Accepted;
            r.text =
                tr("%1: accepted %2's summary %3.").arg(name, outcome->name).arg(outcome->sequence);
        }
        if (outcome && outcome->firstImport)
            r.text += QLatin1Char(' ') +
                      tr("New member: check this key fingerprint with %1 before relying on it: %2")
                          .arg(outcome->name, outcome->fingerprint);
        results << r;
    }
    progress.setValue(int(files.size()));

    m_results->clear();
    int accepted = 0;
    for (const ImportResult& r : std::as_const(results)) {
        auto* item = new QListWidgetItem(r.text, m_results);
        item->setIcon(style()->standardIcon(r.kind == ImportResult::Rejected
                                                ? QStyle::SP_MessageBoxWarning
                                                : QStyle::SP_DialogApplyButton));
        accepted += r.kind != ImportResult::Rejected;
    }
    m_results->setVisible(!results.isEmpty());
    reload();
    emit statusMessage(tr("Imported %n bundle(s)", nullptr, accepted) +
                       tr("; %n rejected.", nullptr, int(results.size()) - accepted));
    return results;
}

Status TeamPage::writeReport(const QString& path)
{
    auto report = TeamReport::load(source(), &m_store, m_catalogue, m_clock.today());
    if (!report)
        return std::unexpected(report.error());
    return report->writePdf(path);
}

void TeamPage::chooseAndImport()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import team bundles"), QDir::homePath(),
                                      tr("Team summary bundles (*.cpdteam);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void TeamPage::chooseAndWriteReport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the team report"),
        QDir::home().filePath(tr("team-report-%1.pdf").arg(m_clock.today().toString(Qt::ISODate))),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto ok = writeReport(path); !ok)
        MessageBox::critical(this, tr("Team report"),
                             tr("The team report was not saved: %1").arg(ok.error().message));
    else
        emit statusMessage(tr("Team report saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void TeamPage::exportMySummary()
{
    std::unique_ptr<SecretStore> secrets = m_secrets();
    TeamExportDialog dialog(m_db, m_clock, *secrets, m_catalogue, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Your signed summary was saved; send it to your manager."));
}

QString TeamPage::signer() const
{
    auto profile = ProfileRepository(m_db, m_clock).load();
    return profile && profile->has_value() ? (*profile)->name : QString();
}

void TeamPage::openCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        openMember(m_tableModel->memberId(current.row()));
}

TeamMemberDialog* TeamPage::openMember(const QString& memberId)
{
    // Read from the source: with a server, that is the summary the manager is allowed to see.
    auto summaries = source().latestSummaries();
    if (!summaries) {
        MessageBox::critical(this, tr("Team"),
                             tr("Could not read the summary: %1").arg(summaries.error().message));
        return nullptr;
    }
    const auto it = std::ranges::find_if(
        *summaries, [&](const TeamSummary& s) { return s.memberId == memberId; });
    if (it == summaries->end()) {
        MessageBox::warning(this, tr("Team"), tr("That member's summary is no longer there."));
        return nullptr;
    }
    auto* dialog = new TeamMemberDialog(*it, m_store, m_catalogue, signer(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamMemberDialog::changed, this,
            [this] { emit statusMessage(tr("Saved in your journal.")); });
    dialog->open();
    return dialog;
}

} // namespace cpd
