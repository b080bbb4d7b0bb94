#pragma once

#include "team/TeamDashboard.h"

#include <QAbstractTableModel>

namespace cpd {

// The topic coverage heatmap: one row per topic someone in the team covers (the catalogue's
// order), one column per member (the team table's order), then "Members" and "Entries" totals.
// Each cell shows the number of entries; its colour (Highlight over Base, from the palette) grows
// with that number, and its tooltip and accessible text say entries and hours in words.
class TeamCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TeamCoverageModel(QObject* parent = nullptr);

    void setDashboard(const TeamDashboard& dashboard);

    // Columns after the members'.
    int membersCoveringColumn() const { return int(m_dashboard.members.size()); }
    int entriesColumn() const { return membersCoveringColumn() + 1; }
    QString topicId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    TeamDashboard m_dashboard;
    QList<int> m_rows; // indexes into m_dashboard.topics
    int m_maxEntries = 0;
};

} // namespace cpd
