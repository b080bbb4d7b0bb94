#pragma once

#include "topics/TopicCoverageReport.h"

#include <QAbstractTableModel>

namespace cpd {

// The rows of a coverage report as a table: per topic or per group, hours and entries.
class TopicCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Topics, Groups };
    enum Column { NameColumn, GroupColumn, EntriesColumn, HoursColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1; // topic id, or group name

    explicit TopicCoverageModel(QObject* parent = nullptr);

    void setReport(const TopicCoverageReport& report, Mode mode);
    const TopicCoverageReport& report() const { return m_report; }
    Mode mode() const { return m_mode; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TopicCoverageReport m_report;
    Mode m_mode = Mode::Topics;
};

} // namespace cpd
