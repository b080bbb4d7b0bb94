#pragma once

#include <QStyledItemDelegate>

namespace cpd {

// Paints an item's text as rich text (search snippets with matches in bold).
class HtmlDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // role holds the HTML; the display role stays plain text for accessibility and copying.
    explicit HtmlDelegate(int role, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_role;
};

} // namespace cpd
