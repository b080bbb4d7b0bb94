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

signals:
    void edited(const QString& field);

private:
    void appendRow(const Link& link);

    QTableWidget* m_table;
};

} // namespace cpd
