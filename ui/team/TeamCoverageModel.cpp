#include "team/TeamCoverageModel.h"

#include "team/TeamColours.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace cpd {

TeamCoverageModel::TeamCoverageModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void TeamCoverageModel::setDashboard(const TeamDashboard& dashboard)
{
    beginResetModel();
    m_dashboard = dashboard;
    m_rows.clear();
    m_maxEntries = 0;
    for (int i = 0; i < m_dashboard.topics.size(); ++i) {
        const TeamDashboard::TopicColumn& t = m_dashboard.topics.at(i);
        if (t.membersCovering == 0)
            continue;
        m_rows << i;
        for (const TeamDashboard::TopicCell& c : t.cells)
            m_maxEntries = std::max(m_maxEntries, c.entries);
    }
    endResetModel();
}

QString TeamCoverageModel::topicId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_dashboard.topics.at(m_rows.at(row)).id : QString();
}

int TeamCoverageModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TeamCoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : entriesColumn() + 1;
}

QVariant TeamCoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TeamDashboard::TopicColumn& t = m_dashboard.topics.at(m_rows.at(index.row()));
    const QString title = t.title.isEmpty() ? t.id : t.title;
    const QLocale locale;
    const int column = index.column();
    if (column == membersCoveringColumn()) {
        if (role == Qt::DisplayRole)
            return t.membersCovering;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("%1: %n member(s) covering", nullptr, t.membersCovering).arg(title);
        return {};
    }
    if (column == entriesColumn()) {
        if (role == Qt::DisplayRole)
            return t.entries;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("%1: %n entry(s) in all, %2 hours", nullptr, t.entries)
                .arg(title, locale.toString(t.hours, 'g', 6));
        return {};
    }
    if (column < 0 || column >= m_dashboard.members.size())
        return {};
    const TeamDashboard::MemberRow& m = m_dashboard.members.at(column);
    const TeamDashboard::TopicCell c = t.cells.value(m.memberId);
    switch (role) {
    case Qt::DisplayRole:
        return c.entries;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1, %2: %n entry(s), %3 hours", nullptr, c.entries)
            .arg(m.name, title, locale.toString(c.hours, 'g', 6));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        const QColor heat = TeamColours::heat(QApplication::palette(),
                                              m_maxEntries ? double(c.entries) / m_maxEntries : 0);
        return heat.isValid() ? QVariant(heat) : QVariant();
    }
    case Qt::ForegroundRole: {
        const QColor heat = TeamColours::heat(QApplication::palette(),
                                              m_maxEntries ? double(c.entries) / m_maxEntries : 0);
        return heat.isValid() ? QVariant(TeamColours::textOn(QApplication::palette(), heat))
                              : QVariant();
    }
    }
    return {};
}

QVariant TeamCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const TeamDashboard::TopicColumn& t = m_dashboard.topics.at(m_rows.at(section));
        return t.title.isEmpty() ? t.id : t.title;
    }
    if (section == membersCoveringColumn())
        return tr("Members");
    if (section == entriesColumn())
        return tr("Entries");
    if (section >= 0 && section < m_dashboard.members.size())
        return m_dashboard.members.at(section).name;
    return {};
}

} // namespace cpd
