#pragma once

#include "search/SearchHit.h"

#include <QAbstractTableModel>
#include <QList>

namespace cpd {

// Search hits, best first, with the matched words highlighted in an HTML snippet.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, TitleColumn, SnippetColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SnippetHtmlRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setHits(const QList<SearchHit>& hits);
    const QList<SearchHit>& hits() const { return m_hits; }
    QString idAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace cpd
