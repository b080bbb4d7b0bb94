#pragma once

#include "evidence/SocialFind.h"

#include <QAbstractTableModel>

namespace cpd {

// Social-media finds as a table: platform, author, posted, hashtags, excerpt.
class SocialFindModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PlatformColumn, AuthorColumn, PostedColumn, HashtagsColumn, ExcerptColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SocialFindModel(QObject* parent = nullptr);

    void setFinds(QList<SocialFind> finds);
    const SocialFind* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString platformName(const QString& platform);

private:
    QList<SocialFind> m_rows;
};

} // namespace cpd
