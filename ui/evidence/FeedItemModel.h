#pragma once

#include "evidence/Feed.h"

#include <QAbstractTableModel>

namespace cpd {

// The subscribed feeds as a table: title, address, last refreshed, and the last error if any.
class FeedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, UrlColumn, RefreshedColumn, StatusColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FeedModel(QObject* parent = nullptr);

    void setFeeds(QList<Feed> feeds);
    const Feed* at(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Feed> m_rows;
};

// One feed's items, newest first: title, published, link.
class FeedItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PublishedColumn, LinkColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FeedItemModel(QObject* parent = nullptr);

    void setItems(QList<FeedItem> items);
    const FeedItem* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<FeedItem> m_rows;
};

} // namespace cpd
