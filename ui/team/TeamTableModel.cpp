#include "team/TeamTableModel.h"

#include "team/TeamColours.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace cpd {

TeamTableModel::TeamTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void TeamTableModel::setDashboard(const TeamDashboard& dashboard)
{
    beginResetModel();
    m_dashboard = dashboard;
    m_requirements.clear();
    for (const TeamDashboard::MemberRow& m : std::as_const(m_dashboard.members)) {
        for (const TeamDashboard::RequirementCell& r : m.requirements) {
            const bool known = std::ranges::any_of(m_requirements, [&](const RequirementColumn& c) {
                return c.standard == r.standard && c.id == r.id;
            });
            if (!known)
                m_requirements << RequirementColumn{r.standard, r.id, r.label};
        }
    }
    endResetModel();
}

QString TeamTableModel::memberId(int row) const
{
    return row >= 0 && row < m_dashboard.members.size() ? m_dashboard.members.at(row).memberId
                                                        : QString();
}

int TeamTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dashboard.members.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstRequirement + int(m_requirements.size());
}

const TeamDashboard::RequirementCell*
TeamTableModel::requirement(const TeamDashboard::MemberRow& row, int column) const
{
    const RequirementColumn& c = m_requirements.at(column - FirstRequirement);
    for (const TeamDashboard::RequirementCell& r : row.requirements) {
        if (r.standard == c.standard && r.id == c.id)
            return &r;
    }
    return nullptr;
}

QString TeamTableModel::requirementText(const TeamDashboard::RequirementCell& cell)
{
    const QLocale locale;
    return tr("%1 of %2 %3, %4")
        .arg(locale.toString(cell.done, 'g', 6), locale.toString(cell.required, 'g', 6), cell.unit,
             TeamDashboard::urgencyLabel(cell.status));
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_dashboard.members.size())
        return {};
    const TeamDashboard::MemberRow& m = m_dashboard.members.at(index.row());
    const int column = index.column();
    if (role == MemberIdRole)
        return m.memberId;

    if (column >= FirstRequirement) {
        const TeamDashboard::RequirementCell* r = requirement(m, column);
        if (!r)
            return role == Qt::DisplayRole ? QVariant(tr("not required")) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return requirementText(*r);
        case Qt::ToolTipRole:
            return tr("%1 (%2): %3").arg(r->label, r->standard.toUpper(), requirementText(*r));
        case Qt::BackgroundRole:
            return TeamColours::status(QApplication::palette(), r->status);
        case SortRole:
            return int(r->status) * 1e9 + (r->required > 0 ? r->done / r->required : 1.0);
        default:
            return {};
        }
    }

    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Member:
            return m.name;
        case Role:
            return m.role;
        case Registration:
            return m.registration.isEmpty() ? tr("none") : m.registration;
        case NextDeadline:
            return m.nextDeadline.isValid()
                       ? tr("%1 (%2)").arg(locale.toString(m.nextDeadline, QLocale::ShortFormat),
                                           m.nextDeadlineStandard.toUpper())
                       : tr("none");
        case DaysLeft:
            if (!m.daysLeft)
                return role == Qt::DisplayRole ? QString() : tr("no deadline");
            if (*m.daysLeft < 0)
                return tr("%n day(s) overdue", nullptr, int(-*m.daysLeft));
            return tr("%n day(s)", nullptr, int(*m.daysLeft));
        case Status:
            return TeamDashboard::urgencyLabel(m.urgency);
        }
        return {};
    case Qt::BackgroundRole:
        return column == Status ? QVariant(TeamColours::status(QApplication::palette(), m.urgency))
                                : QVariant();
    case Qt::TextAlignmentRole:
        return column == DaysLeft ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (column) {
        case NextDeadline:
            return m.nextDeadline.isValid() ? m.nextDeadline.toJulianDay()
                                            : std::numeric_limits<qint64>::max();
        case DaysLeft:
            return m.daysLeft ? *m.daysLeft : std::numeric_limits<qint64>::max();
        case Status:
            return index.row(); // the dashboard's urgency order
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Member:
        return tr("Member");
    case Role:
        return tr("Role");
    case Registration:
        return tr("Registration");
    case NextDeadline:
        return tr("Next deadline");
    case DaysLeft:
        return tr("Days left");
    case Status:
        return tr("Status");
    default:
        if (section - FirstRequirement < m_requirements.size()) {
            const RequirementColumn& c = m_requirements.at(section - FirstRequirement);
            return tr("%1: %2").arg(c.standard.toUpper(), c.label);
        }
    }
    return {};
}

} // namespace cpd
