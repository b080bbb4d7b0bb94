#pragma once

#include "journal/Entry.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace cpd {

// The entry's links to evidence: kind, URL and title.
class LinksWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LinksWidget(QWidget* parent = nullptr);

    QList<Link> links() const;
    void setLinks(const QList<Link>& links);
    QTableWidget* table() const { return m_table; }
    // Table, each row's kind box, then the buttons: the order Tab visits them (Tab leaves the
    // table; the arrow keys move inside it).
    QList<QWidget*> tabChain() const;

signals:
    void edited(const QString& field);

private:
    void appendRow(const Link& link);

    QTableWidget* m_table;
    QWidget* m_add;
    QWidget* m_remove;
};

} // namespace cpd
