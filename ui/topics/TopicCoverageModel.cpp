#include "topics/TopicCoverageModel.h"

namespace cpd {

TopicCoverageModel::TopicCoverageModel(QObject* parent) : QAbstractTableModel(parent) {}

void TopicCoverageModel::setReport(const TopicCoverageReport& report, Mode mode)
{
    beginResetModel();
    m_report = report;
    m_mode = mode;
    endResetModel();
}

int TopicCoverageModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Topics ? m_report.topics.size() : m_report.groups.size());
}

int TopicCoverageModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TopicCoverageModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    QString name, group, id, tip;
    int entries = 0;
    double hours = 0;
    if (m_mode == Mode::Topics) {
        const auto& r = m_report.topics.at(index.row());
        name = r.title;
        if (!r.known)
            tip = tr("This topic is not in the current catalogue; its entries keep it.");
        else if (r.withdrawn)
            name = tr("%1 (withdrawn)").arg(r.title);
        group = r.group;
        id = r.id;
        entries = r.entries;
        hours = r.hours;
    } else {
        const auto& g = m_report.groups.at(index.row());
        name = g.group;
        group = tr("%1 of %Ln topics", nullptr, int(g.topics)).arg(g.topicsCovered);
        id = g.group;
        entries = g.entries;
        hours = g.hours;
    }
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return name;
        case GroupColumn: return group;
        case EntriesColumn: return entries;
        case HoursColumn: return QString::number(hours, 'f', 1);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= EntriesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    case IdRole:
        return id;
    default:
        return {};
    }
}

QVariant TopicCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return m_mode == Mode::Topics ? tr("Topic") : tr("Group");
    case GroupColumn: return m_mode == Mode::Topics ? tr("Group") : tr("Topics covered");
    case EntriesColumn: return tr("Entries");
    case HoursColumn: return tr("Hours");
    }
    return {};
}

} // namespace cpd
