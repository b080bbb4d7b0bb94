#pragma once

#include <QHeaderView>
#include <QTableView>

namespace cpd::evidence {

// The look every Evidence list shares (the journal's): whole rows, one at a time, read only,
// Tab leaves the list instead of walking its cells.
inline QTableView* makeTable(QWidget* parent, const QString& accessibleName, int stretchColumn)
{
    auto* view = new QTableView(parent);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    view->horizontalHeader()->setStretchLastSection(false);
    view->setProperty("stretchColumn", stretchColumn);
    return view;
}

inline void stretch(QTableView* view)
{
    const int column = view->property("stretchColumn").toInt();
    if (view->model() && column < view->model()->columnCount())
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

inline int currentRow(const QTableView* view)
{
    const QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace cpd::evidence
