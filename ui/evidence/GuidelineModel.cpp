#include "evidence/GuidelineModel.h"

#include <QLocale>

namespace cpd {

GuidelineModel::GuidelineModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void GuidelineModel::setGuidelines(QList<Guideline> guidelines)
{
    beginResetModel();
    m_rows = std::move(guidelines);
    endResetModel();
}

const Guideline* GuidelineModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int GuidelineModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int GuidelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GuidelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuidelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Guideline& g = m_rows.at(index.row());
    if (role == IdRole)
        return g.id;
    if (role == Qt::ToolTipRole)
        return g.url;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return g.title;
    case PublisherColumn:
        return g.publisher;
    case IdentifierColumn:
        return g.identifier;
    case DateColumn: {
        const QDate d = g.updated.isValid() ? g.updated : g.published;
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    }
    case LinksColumn:
        return g.entryIds.isEmpty() ? QString() : QLocale().toString(g.entryIds.size());
    default:
        return {};
    }
}

QVariant GuidelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublisherColumn:
        return tr("Publisher");
    case IdentifierColumn:
        return tr("Identifier");
    case DateColumn:
        return tr("Updated");
    case LinksColumn:
        return tr("Entries");
    default:
        return {};
    }
}

} // namespace cpd
