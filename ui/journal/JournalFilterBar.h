#pragma once

#include "journal/EntryFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace cpd {

// Narrows the journal list and the search: date range, activity, tag and status.
class JournalFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit JournalFilterBar(QWidget* parent = nullptr);

    EntryFilter filter() const;
    void setTags(const QStringList& tags);
    void clear();

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* activityBox() const { return m_activity; }
    QComboBox* tagBox() const { return m_tag; }
    QComboBox* statusBox() const { return m_status; }

signals:
    void filterChanged();

private:
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_activity;
    QComboBox* m_tag;
    QComboBox* m_status;
    QToolButton* m_clear;
};

} // namespace cpd
