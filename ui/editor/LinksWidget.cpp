#include "editor/LinksWidget.h"

#include "common/TabOrder.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cpd {
namespace {

const char* const kKinds[] = {"web", "guideline", "case", "article", "course", "social", "other"};

} // namespace

LinksWidget::LinksWidget(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 3, this);
    m_table->setAccessibleName(tr("Links"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Address"), tr("Title")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(130);
    m_table->setTabKeyNavigation(false);

    auto* add = new QPushButton(tr("Add link"), this);
    add->setAccessibleName(tr("Add link"));
    auto* remove = new QPushButton(tr("Remove link"), this);
    remove->setAccessibleName(tr("Remove the selected link"));
    m_add = add;
    m_remove = remove;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        appendRow({QStringLiteral("web"), QString(), QString()});
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() < 0)
            return;
        m_table->removeRow(m_table->currentRow());
        emit edited(QString());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { emit edited(QStringLiteral("links")); });
}

void LinksWidget::appendRow(const Link& link)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* kind = new QComboBox(m_table);
    kind->setAccessibleName(tr("Link kind"));
    kind->setEditable(true);
    for (const char* k : kKinds)
        kind->addItem(QString::fromLatin1(k));
    kind->setCurrentText(link.kind);
    connect(kind, &QComboBox::currentTextChanged, this, [this] { emit edited(QString()); });
    m_table->setCellWidget(row, 0, kind);
    m_table->setItem(row, 1, new QTableWidgetItem(link.url));
    m_table->setItem(row, 2, new QTableWidgetItem(link.title));
    // Tab lands on the address: a view hands its focus to the cell widget of its current cell,
    // so starting on the kind box would skip the table itself.
    if (m_table->currentRow() < 0)
        m_table->setCurrentCell(row, 1);
    TabOrder::chain(tabChain()); // the new kind box would otherwise come last in the window
}

QList<QWidget*> LinksWidget::tabChain() const
{
    QList<QWidget*> chain{m_table};
    for (int row = 0; row < m_table->rowCount(); ++row)
        chain << m_table->cellWidget(row, 0);
    chain << m_add << m_remove;
    return chain;
}

QList<Link> LinksWidget::links() const
{
    QList<Link> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto* kind = qobject_cast<QComboBox*>(m_table->cellWidget(row, 0));
        const QString url = m_table->item(row, 1) ? m_table->item(row, 1)->text().trimmed() : QString();
        const QString title = m_table->item(row, 2) ? m_table->item(row, 2)->text().trimmed() : QString();
        if (url.isEmpty() && title.isEmpty())
            continue;
        out.append({kind ? kind->currentText() : QStringLiteral("web"), url, title});
    }
    return out;
}

void LinksWidget::setLinks(const QList<Link>& links)
{
    if (links == this->links())
        return;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const Link& l : links)
        appendRow(l);
}

} // namespace cpd
