#pragma once

#include "journal/EntryFilter.h"
#include "topics/TopicCatalogue.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace cpd {

class Clock;
class Database;
class TopicCoverageModel;

// The Topics area: hours per All Our Health topic or group over a period as a bar chart and a
// table, the topics not covered, and the entries behind a chosen topic.
class TopicsPage : public QWidget
{
    Q_OBJECT
public:
    TopicsPage(Database& db, const Clock& clock, TopicCatalogue catalogue, QWidget* parent = nullptr);

    // Reads the journal again (after entries were added or changed).
    void refresh();
    // The journal changed: reads it again now when the page is shown, else when it next is,
    // so a hidden Topics area costs nothing while the person writes.
    void invalidate();
    bool isStale() const { return m_stale; }
    void setPeriod(QDate from, QDate to);
    // Shows one topic's entries, as clicking it in the table does.
    void selectTopic(const QString& topicId);

    TopicCoverageModel* model() const { return m_model; }
    QListWidget* notCoveredList() const { return m_notCovered; }
    QListWidget* entryList() const { return m_entries; }
    QChartView* chartView() const { return m_chart; }
    // The journal filter for the chosen topic and level over the period.
    EntryFilter currentFilter() const;

signals:
    void openEntryRequested(const QString& entryId);
    void showInJournalRequested(const cpd::EntryFilter& filter);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyPreset();
    void updateChart();
    void updateEntries();

    Database& m_db;
    const Clock& m_clock;
    TopicCatalogue m_catalogue;
    TopicCoverageModel* m_model;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_by;
    QComboBox* m_level;
    QChartView* m_chart;
    QTableView* m_table;
    QListWidget* m_notCovered;
    QLabel* m_entriesLabel;
    QListWidget* m_entries;
    QPushButton* m_showInJournal;
    QLabel* m_summary;
    QString m_topicId;
    bool m_stale = true;
};

} // namespace cpd
