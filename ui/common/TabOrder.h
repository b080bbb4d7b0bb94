#pragma once

#include <QList>

class QWidget;

namespace cpd::TabOrder {

// Puts the widgets one after the other in the window's Tab chain, in the order given; the first
// keeps its place. Null widgets are skipped. Widgets made later (table cell widgets, suggestion
// buttons) land at the end of the chain, so their owner calls this again after making them.
void chain(const QList<QWidget*>& widgets);

} // namespace cpd::TabOrder
