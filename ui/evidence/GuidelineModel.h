#pragma once

#include "evidence/Guideline.h"

#include <QAbstractTableModel>

namespace cpd {

// The guideline library as a table: title, publisher, identifier, updated (or published).
class GuidelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PublisherColumn, IdentifierColumn, DateColumn, LinksColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit GuidelineModel(QObject* parent = nullptr);

    void setGuidelines(QList<Guideline> guidelines);
    const Guideline* at(int row) const;
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Guideline> m_rows;
};

} // namespace cpd
