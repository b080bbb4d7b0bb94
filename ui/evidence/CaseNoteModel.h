#pragma once

#include "evidence/CaseNote.h"

#include <QAbstractTableModel>

namespace cpd {

// Case notes as a table: summary, setting, age band, last changed.
class CaseNoteModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SummaryColumn, SettingColumn, AgeBandColumn, UpdatedColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CaseNoteModel(QObject* parent = nullptr);

    void setNotes(QList<CaseNote> notes);
    const CaseNote* at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseNote> m_rows;
};

} // namespace cpd
