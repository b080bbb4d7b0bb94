#include "evidence/FeedItemModel.h"

#include <QLocale>

namespace cpd {

FeedModel::FeedModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void FeedModel::setFeeds(QList<Feed> feeds)
{
    beginResetModel();
    m_rows = std::move(feeds);
    endResetModel();
}

const Feed* FeedModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FeedModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int FeedModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Feed& f = m_rows.at(index.row());
    if (role == IdRole)
        return f.id;
    if (role == Qt::ToolTipRole)
        return f.lastError.isEmpty() ? f.url : f.lastError;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return f.title.isEmpty() ? f.url : f.title;
    case UrlColumn:
        return f.url;
    case RefreshedColumn:
        return f.lastRefreshed.isValid() ? QLocale().toString(f.lastRefreshed.toLocalTime(), QLocale::ShortFormat)
                                         : tr("Never");
    case StatusColumn:
        if (!f.lastError.isEmpty())
            return tr("Error: %1").arg(f.lastError);
        return f.lastRefreshed.isValid() ? tr("OK") : tr("Not refreshed yet");
    default:
        return {};
    }
}

QVariant FeedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Feed");
    case UrlColumn:
        return tr("Address");
    case RefreshedColumn:
        return tr("Refreshed");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

FeedItemModel::FeedItemModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void FeedItemModel::setItems(QList<FeedItem> items)
{
    beginResetModel();
    m_rows = std::move(items);
    endResetModel();
}

const FeedItem* FeedItemModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int FeedItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedItem& item = m_rows.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role == Qt::ToolTipRole)
        return item.summary.isEmpty() ? item.url : item.summary;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return item.title.isEmpty() ? item.url : item.title;
    case PublishedColumn:
        return item.published.isValid() ? QLocale().toString(item.published.toLocalTime().date(), QLocale::ShortFormat)
                                        : QString();
    case LinkColumn:
        return item.url;
    default:
        return {};
    }
}

QVariant FeedItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublishedColumn:
        return tr("Published");
    case LinkColumn:
        return tr("Link");
    default:
        return {};
    }
}

} // namespace cpd
