#pragma once

#include "standards/RevalidationStatus.h"

#include <QAbstractTableModel>

namespace cpd {

// The requirements of one status as a table: what, how far (a share for the bar, and the numbers
// in words), and whether it is done or what is missing.
class RequirementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Requirement, Progress, State, ColumnCount };
    enum Role { FractionRole = Qt::UserRole + 1, MetRole, IdRole };

    explicit RequirementModel(QObject* parent = nullptr);

    void setStatus(const RevalidationStatus& status);
    const RevalidationStatus& status() const { return m_status; }
    const RequirementProgress* requirementAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "12.5 of 35 hours", "3 of 5", for people and screen readers.
    static QString amountText(const RequirementProgress& r);

private:
    RevalidationStatus m_status;
};

} // namespace cpd
