#pragma once

#include "team/TeamDashboard.h"
#include "team/TeamStore.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace cpd {

class Clock;
class Database;
class SecretStore;
class TeamCoverageModel;
class TeamMemberDialog;
class TeamSummarySource;
class TeamTableModel;
class TopicCatalogue;

// The "Team" area: a practice manager's dashboard. The team table (most urgent first, filterable),
// the topic coverage heatmap, drill-down to a member (double-click or Enter), importing members'
// signed bundles, exporting one's own summary, and the team report PDF. The summaries come from a
// TeamSummarySource: the journal's imported bundles by default, or any other (the organisation's
// server); notes and sign-offs always live in this journal.
class TeamPage : public QWidget
{
    Q_OBJECT
public:
    using SecretStoreFactory = std::function<std::unique_ptr<SecretStore>()>;

    TeamPage(Database& db, const Clock& clock, const TopicCatalogue& catalogue,
             QWidget* parent = nullptr);
    ~TeamPage() override;

    // Where the summaries come from; nullptr: the bundles imported into this journal. Not owned.
    void setSource(TeamSummarySource* source);
    TeamSummarySource& source();
    // The keychain for "Export my summary…" (the system keychain unless set; tests use memory).
    void setSecretStoreFactory(SecretStoreFactory factory) { m_secrets = std::move(factory); }
    void reload();

    struct ImportResult
    {
        enum Kind
        {
            Accepted,
            Replaced,
            Rejected
        };
        QString file;
        Kind kind = Rejected;
        QString text; // what the results list shows
    };
    // Imports the files one by one with a progress dialog; results are listed on the page.
    QList<ImportResult> importFiles(const QStringList& files);
    // Writes the team report PDF.
    Status writeReport(const QString& path);
    // The member's summary (double-click/Enter opens it); nullptr if not found (already said).
    TeamMemberDialog* openMember(const QString& memberId);
    // What the buttons and the Team menu do: ask for files, then import / export / write.
    void chooseAndImport();
    void exportMySummary();
    void chooseAndWriteReport();

    const TeamDashboard& dashboard() const;
    TeamTableModel* tableModel() const { return m_tableModel; }
    QSortFilterProxyModel* tableProxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QTableView* coverage() const { return m_coverage; }
    TeamCoverageModel* coverageModel() const { return m_coverageModel; }
    QLineEdit* filter() const { return m_filter; }
    QListWidget* importResults() const { return m_results; }

signals:
    void statusMessage(const QString& message);

private:
    void openCurrent();
    // Bundles or, when this journal has a team server set up, the server (connected on choosing).
    void chooseSource(int index);
    QString signer() const;

    Database& m_db;
    const Clock& m_clock;
    const TopicCatalogue& m_catalogue;
    TeamStore m_store;
    TeamSummarySource* m_source = nullptr;
    std::unique_ptr<SecretStore> m_serverSecrets; // outlives m_server, which may use it
    std::unique_ptr<TeamSummarySource> m_server;
    QComboBox* m_sourceChoice;
    SecretStoreFactory m_secrets;
    TeamTableModel* m_tableModel;
    TeamCoverageModel* m_coverageModel;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QTableView* m_coverage;
    QLineEdit* m_filter;
    QLabel* m_summary;
    QListWidget* m_results;
};

} // namespace cpd
