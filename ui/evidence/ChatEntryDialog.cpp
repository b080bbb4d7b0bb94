#include "evidence/ChatEntryDialog.h"

#include "spelling/SpellCheckController.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpd {

namespace {
const QString kNature = QStringLiteral("nature");
}

ChatEntryDialog::ChatEntryDialog(const Entry& draft, QWidget* parent) : QDialog(parent), m_draft(draft)
{
    setWindowTitle(tr("Accept tweet chat"));
    m_title = new QLineEdit(draft.title, this);
    m_title->setAccessibleName(tr("Title of the entry"));
    m_date = new QDateEdit(draft.date, this);
    m_date->setAccessibleName(tr("Date of the chat"));
    m_date->setCalendarPopup(true);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setAccessibleName(tr("Hours of participatory learning"));
    m_hours->setRange(0.25, 24);
    m_hours->setSingleStep(0.25);
    m_hours->setValue(qMax(0.25, draft.hours));
    m_notes = new QPlainTextEdit(draft.reflection.value(kNature), this);
    m_notes->setAccessibleName(tr("What the chat was about"));
    m_notes->setTabChangesFocus(true);
    auto* spelling = new SpellCheckController(this);
    spelling->setEnabled(SpellCheckController::storedEnabled());
    spelling->watch(m_notes);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Hours:"), m_hours);
    form->addRow(tr("&What it was about:"), m_notes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Accept"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the entry"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, 360);
}

Entry ChatEntryDialog::entry() const
{
    Entry e = m_draft;
    e.title = m_title->text().trimmed();
    e.date = m_date->date();
    const double ratio = m_draft.hours > 0 ? m_draft.participatoryHours / m_draft.hours : 1.0;
    e.hours = m_hours->value();
    e.participatoryHours = e.hours * ratio;
    const QString notes = m_notes->toPlainText().trimmed();
    if (!notes.isEmpty() || e.reflection.contains(kNature))
        e.reflection.insert(kNature, notes);
    return e;
}

} // namespace cpd
