#include "editor/TopicsWidget.h"

#include "journal/Vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cpd {

TopicsWidget::TopicsWidget(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 2, this);
    m_table->setAccessibleName(tr("Topics"));
    m_table->setHorizontalHeaderLabels({tr("Topic"), tr("Level")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(130);
    m_table->setTabKeyNavigation(false);

    m_add = new QPushButton(tr("Add topic"), this);
    m_add->setAccessibleName(tr("Add topic"));
    m_remove = new QPushButton(tr("Remove topic"), this);
    m_remove->setAccessibleName(tr("Remove the selected topic"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        appendRow({QString(), QStringLiteral("individual")});
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        emit edited(QString());
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this] { emit edited(QStringLiteral("topics")); });
}

void TopicsWidget::appendRow(const TopicMapping& topic)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(topic.id));
    auto* level = new QComboBox(m_table);
    level->setAccessibleName(tr("Topic level"));
    const auto levels = Vocabulary::topicLevels();
    for (const Vocabulary::Term& t : levels)
        level->addItem(t.label, t.id);
    level->setCurrentIndex(qMax(0, level->findData(topic.level)));
    connect(level, &QComboBox::currentIndexChanged, this, [this] { emit edited(QString()); });
    m_table->setCellWidget(row, 1, level);
}

QList<TopicMapping> TopicsWidget::topics() const
{
    QList<TopicMapping> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        const QString id = item ? item->text().trimmed() : QString();
        if (id.isEmpty())
            continue; // a row being typed is not a topic yet
        auto* level = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1));
        out.append({id, level ? level->currentData().toString() : QStringLiteral("individual")});
    }
    return out;
}

void TopicsWidget::setTopics(const QList<TopicMapping>& topics)
{
    if (topics == this->topics())
        return;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (const TopicMapping& t : topics)
        appendRow(t);
}

void TopicsWidget::addTopic(const TopicMapping& topic)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0) && m_table->item(row, 0)->text() == topic.id) {
            if (auto* level = qobject_cast<QComboBox*>(m_table->cellWidget(row, 1)))
                level->setCurrentIndex(qMax(0, level->findData(topic.level)));
            return;
        }
    }
    appendRow(topic);
    emit edited(QString());
}

} // namespace cpd
