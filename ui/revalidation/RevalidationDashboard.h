#pragma once

#include "revalidation/StatusLoader.h"
#include "standards/StandardRegistry.h"

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cpd {

class Clock;
class Database;
class RequirementModel;

// The Revalidation area: progress per requirement (bars and numbers), days to the application
// date, what is missing in plain words, CPD hours by month (participatory stacked on the rest),
// and, for the requirement selected, the entries or records behind it.
class RevalidationDashboard : public QWidget
{
    Q_OBJECT
public:
    RevalidationDashboard(Database& db, const Clock& clock, QWidget* parent = nullptr);
    ~RevalidationDashboard() override;

    // Re-reads the profile, records and entries. The progress is worked out in the background:
    // statusShown() says when the page shows it.
    void refresh();
    // A refresh has been asked for and its figures are not shown yet.
    bool isUpdating() const;
    bool hasProfile() const;
    void setStandard(const QString& id);
    QString standard() const;
    // The start-up reminder for the nearest deadline, if one is within DeadlineReminder's days.
    std::optional<QString> reminder() const;

    RequirementModel* model() const { return m_model; }
    QTableView* requirementView() const { return m_table; }
    QListWidget* evidenceList() const { return m_evidence; }
    QLabel* missingLabel() const { return m_missing; }
    QLabel* deadlineLabel() const { return m_deadline; }
    QChart* hoursChart() const;
    // Lists the entries or records behind a requirement row.
    void showEvidence(int row);

signals:
    void openEntryRequested(const QString& id);
    void statusShown();
    void profileChanged();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void requestStatus();
    void editProfile();
    void addRecord();
    void updateStatus();
    void showStatus(const StatusLoader::Outcome& outcome);
    void updateChart(const Result<QList<MonthHours>>& months);
    void selectRequirement(int row);
    void showError(const QString& message);

    Database& m_db;
    const Clock& m_clock;
    StandardRegistry m_standards;
    QStackedWidget* m_stack;
    QPushButton* m_setUp;
    QComboBox* m_standardBox;
    QLabel* m_title;
    QLabel* m_deadline;
    QLabel* m_reminder;
    QLabel* m_missing;
    QTableView* m_table;
    RequirementModel* m_model;
    QListWidget* m_evidence;
    QChartView* m_chartView;
    StatusLoader* m_loader;
    bool m_painted = false;   // the page has painted once: background work may start
    bool m_statusDue = false; // figures asked for and not yet requested from the loader
};

} // namespace cpd
