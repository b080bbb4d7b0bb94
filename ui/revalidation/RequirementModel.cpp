#include "revalidation/RequirementModel.h"

#include "standards/StandardRules.h"

namespace cpd {

RequirementModel::RequirementModel(QObject* parent) : QAbstractTableModel(parent) {}

void RequirementModel::setStatus(const RevalidationStatus& status)
{
    beginResetModel();
    m_status = status;
    endResetModel();
}

const RequirementProgress* RequirementModel::requirementAt(int row) const
{
    return row >= 0 && row < m_status.requirements.size() ? &m_status.requirements.at(row) : nullptr;
}

int RequirementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_status.requirements.size());
}

int RequirementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequirementModel::amountText(const RequirementProgress& r)
{
    const QString achieved = StandardRules::amount(r.achieved);
    const QString required = StandardRules::amount(r.required);
    switch (r.unit) {
    case RequirementProgress::Unit::Hours:
        return tr("%1 of %2 hours").arg(achieved, required);
    case RequirementProgress::Unit::Credits:
        return tr("%1 of %2 credits").arg(achieved, required);
    case RequirementProgress::Unit::Items:
        break;
    }
    return tr("%1 of %2").arg(achieved, required);
}

QVariant RequirementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequirementProgress& r = m_status.requirements.at(index.row());
    switch (role) {
    case FractionRole:
        return r.fraction();
    case MetRole:
        return r.met;
    case IdRole:
        return r.id;
    case Qt::ToolTipRole:
        return r.met ? tr("Done") : r.missing;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Requirement:
            return r.label;
        case Progress:
            return amountText(r);
        case State:
            // Words, with a tick or a cross as well: colour is never the only sign.
            return r.met ? tr("✓ Done") : tr("✗ %1").arg(r.missing);
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RequirementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Requirement:
        return tr("Requirement");
    case Progress:
        return tr("Progress");
    case State:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace cpd
