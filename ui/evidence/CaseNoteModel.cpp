#include "evidence/CaseNoteModel.h"

#include <QLocale>

namespace cpd {

CaseNoteModel::CaseNoteModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CaseNoteModel::setNotes(QList<CaseNote> notes)
{
    beginResetModel();
    m_rows = std::move(notes);
    endResetModel();
}

const CaseNote* CaseNoteModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseNoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseNoteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseNoteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseNote& n = m_rows.at(index.row());
    if (role == IdRole)
        return n.id;
    if (role == Qt::ToolTipRole)
        return n.learningPoints;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case SummaryColumn:
        return n.summary.simplified();
    case SettingColumn:
        return n.setting;
    case AgeBandColumn:
        return n.ageBand;
    case UpdatedColumn:
        return n.updated.isValid() ? QLocale().toString(n.updated.toLocalTime(), QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant CaseNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SummaryColumn:
        return tr("Summary");
    case SettingColumn:
        return tr("Setting");
    case AgeBandColumn:
        return tr("Age band");
    case UpdatedColumn:
        return tr("Changed");
    default:
        return {};
    }
}

} // namespace cpd
