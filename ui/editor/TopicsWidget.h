#pragma once

#include "journal/Entry.h"

#include <QWidget>

class QTableWidget;
class QPushButton;

namespace cpd {

// The public-health topics an entry maps to (id and level). Kept in its own widget so a topic
// suggestions panel can sit beside it later.
class TopicsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TopicsWidget(QWidget* parent = nullptr);

    QList<TopicMapping> topics() const;
    void setTopics(const QList<TopicMapping>& topics);
    // Adds a topic (or changes its level when it is already there), as a suggestion would.
    void addTopic(const TopicMapping& topic);

    QTableWidget* table() const { return m_table; }

signals:
    void edited(const QString& field);

private:
    void appendRow(const TopicMapping& topic);

    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace cpd
