#pragma once

#include "journal/EntryFilter.h"
#include "topics/TopicCatalogue.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace cpd {

// Narrows the journal list and the search: date range, activity, tag, status, and All Our
// Health topic and level of action.
class JournalFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit JournalFilterBar(QWidget* parent = nullptr);

    EntryFilter filter() const;
    void setTags(const QStringList& tags);
    // The topics offered (the built-in catalogue until set).
    void setTopicCatalogue(const TopicCatalogue& catalogue);
    // Shows exactly filter (the Topics area's "show in journal"); emits filterChanged once.
    void setFilter(const EntryFilter& filter);
    void clear();

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* activityBox() const { return m_activity; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* topicBox() const { return m_topic; }
    QComboBox* topicLevelBox() const { return m_topicLevel; }

signals:
    void filterChanged();

private:
    void fillTopics(const QString& keep);
    static void setDateFilter(QDateEdit* edit, const QDate& date);

    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_activity;
    QComboBox* m_tag;
    QComboBox* m_status;
    QComboBox* m_topic;
    QComboBox* m_topicLevel;
    TopicCatalogue m_catalogue = TopicCatalogue::builtIn();
    QToolButton* m_clear;
};

} // namespace cpd
