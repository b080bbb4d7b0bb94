#pragma once

#include "standards/Record.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QStackedWidget;
class QWidget;

namespace cpd {

// Adds a revalidation record: practice hours, a reflective discussion, a confirmation, a
// declaration or the review of last year's PDP. Each type's form follows the NMC's template
// fields; the record is read through its JSON form, so the checks are the CLI's.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordDialog(QWidget* parent = nullptr);

    void setType(const QString& type);
    QString type() const;
    // The input for a field of the current type (QLineEdit, QPlainTextEdit, QComboBox or QDoubleSpinBox).
    QWidget* field(const QString& key) const;
    Result<Record> record() const;

private:
    QComboBox* m_type;
    QStackedWidget* m_forms;
    QHash<QString, QHash<QString, QWidget*>> m_fields; // type -> key -> input
};

} // namespace cpd
