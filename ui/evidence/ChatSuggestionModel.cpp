#include "evidence/ChatSuggestionModel.h"

#include <QLocale>

namespace cpd {

ChatSuggestionModel::ChatSuggestionModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ChatSuggestionModel::setSuggestions(QList<ChatSuggestion> suggestions)
{
    beginResetModel();
    m_rows = std::move(suggestions);
    endResetModel();
}

const ChatSuggestion* ChatSuggestionModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ChatSuggestionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChatSuggestionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChatSuggestionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatSuggestion& s = m_rows.at(index.row());
    if (role == KeyRole)
        return s.key;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case HashtagColumn:
        return QString(QLatin1Char('#') + s.hashtag);
    case DateColumn:
        return QLocale().toString(s.date, QLocale::ShortFormat);
    case DurationColumn:
        return tr("%n minute(s)", nullptr, s.durationMinutes());
    case PostsColumn:
        return QLocale().toString(s.posts.size());
    default:
        return {};
    }
}

QVariant ChatSuggestionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HashtagColumn:
        return tr("Chat");
    case DateColumn:
        return tr("Evening");
    case DurationColumn:
        return tr("Duration");
    case PostsColumn:
        return tr("Posts");
    default:
        return {};
    }
}

} // namespace cpd
