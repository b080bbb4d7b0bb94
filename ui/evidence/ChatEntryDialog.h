#pragma once

#include "journal/Entry.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace cpd {

// Edits the participatory entry a suggested tweet chat would create, before it is accepted.
class ChatEntryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChatEntryDialog(const Entry& draft, QWidget* parent = nullptr);

    Entry entry() const;

    QLineEdit* titleField() const { return m_title; }
    QDoubleSpinBox* hoursField() const { return m_hours; }

private:
    Entry m_draft;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QDoubleSpinBox* m_hours;
    QPlainTextEdit* m_notes;
};

} // namespace cpd
