#pragma once

#include "team/TeamDashboard.h"

#include <QAbstractTableModel>

namespace cpd {

// The manager's team table: one row per member, most urgent first (the dashboard's order), with
// member, role, registration, next deadline, days left, overall status, then one column per
// requirement found in the team ("NMC: CPD hours"). Every status cell says it in words and numbers
// ("20.5 of 35 hours, due soon") as well as colour. Kind data for sorting (urgency rank, days)
// is under SortRole.
class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Member,
        Role,
        Registration,
        NextDeadline,
        DaysLeft,
        Status,
        FirstRequirement
    };
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int MemberIdRole = Qt::UserRole + 2;

    explicit TeamTableModel(QObject* parent = nullptr);

    void setDashboard(const TeamDashboard& dashboard);
    const TeamDashboard& dashboard() const { return m_dashboard; }
    QString memberId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "20.5 of 35 hours, due soon"
    static QString requirementText(const TeamDashboard::RequirementCell& cell);

private:
    struct RequirementColumn
    {
        QString standard;
        QString id;
        QString label;
    };
    const TeamDashboard::RequirementCell* requirement(const TeamDashboard::MemberRow& row,
                                                      int column) const;

    TeamDashboard m_dashboard;
    QList<RequirementColumn> m_requirements;
};

} // namespace cpd
