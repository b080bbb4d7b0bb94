#include "evidence/CaseNoteDialog.h"

#include "evidence/CaseNoteRepository.h"
#include "privacy/IdentifierCheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cpd {

namespace {

QPlainTextEdit* textField(QWidget* parent, const QString& name, int lines)
{
    auto* field = new QPlainTextEdit(parent);
    field->setAccessibleName(name);
    field->setTabChangesFocus(true);
    field->setMinimumHeight(field->fontMetrics().lineSpacing() * lines + 12);
    return field;
}

} // namespace

CaseNoteDialog::CaseNoteDialog(CaseNoteRepository& repository, const IdentifierCheck& check, QWidget* parent)
    : QDialog(parent), m_repository(repository), m_check(check)
{
    setWindowTitle(tr("Case note"));
    auto* hint = new QLabel(tr("Keep it anonymous: no names, dates of birth, NHS numbers, addresses or anything else "
                               "that could identify the patient. Use an age band, never a date of birth."),
                            this);
    hint->setWordWrap(true);
    hint->setObjectName(QStringLiteral("hint"));

    m_summary = textField(this, tr("Anonymised summary of the case"), 3);
    m_setting = new QComboBox(this);
    m_setting->setEditable(true);
    m_setting->setAccessibleName(tr("Setting"));
    m_setting->addItems({QString(), tr("General practice"), tr("Community"), tr("Emergency department"), tr("Hospital ward"),
                         tr("Outpatients"), tr("Care home"), tr("Telephone or video")});
    m_ageBand = new QComboBox(this);
    m_ageBand->setAccessibleName(tr("Age band"));
    m_ageBand->addItem(tr("Not recorded"), QString());
    for (const QString& band : CaseNote::ageBands())
        m_ageBand->addItem(band, band);
    m_learning = textField(this, tr("Learning points"), 3);
    m_outcome = textField(this, tr("Outcome"), 2);
    m_followUp = textField(this, tr("Follow-up"), 2);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setAccessibleName(tr("Why the case note was not saved"));
    m_error->hide();
    m_findings = new QListWidget(this);
    m_findings->setAccessibleName(tr("What may identify the patient"));
    m_findings->setMaximumHeight(90);
    m_findings->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Summary:"), m_summary);
    form->addRow(tr("S&etting:"), m_setting);
    form->addRow(tr("&Age band:"), m_ageBand);
    form->addRow(tr("&Learning points:"), m_learning);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Follow-up:"), m_followUp);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the case note"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseNoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_findings);
    layout->addWidget(buttons);
    resize(600, 560);
}

void CaseNoteDialog::setNote(const CaseNote& note)
{
    m_original = note;
    m_summary->setPlainText(note.summary);
    m_setting->setCurrentText(note.setting);
    m_ageBand->setCurrentIndex(qMax(0, m_ageBand->findData(note.ageBand)));
    m_learning->setPlainText(note.learningPoints);
    m_outcome->setPlainText(note.outcome);
    m_followUp->setPlainText(note.followUp);
    setWindowTitle(note.id.isEmpty() ? tr("New case note") : tr("Edit case note"));
}

CaseNote CaseNoteDialog::note() const
{
    CaseNote n = m_original;
    n.summary = m_summary->toPlainText().trimmed();
    n.setting = m_setting->currentText().trimmed();
    n.ageBand = m_ageBand->currentData().toString();
    n.learningPoints = m_learning->toPlainText().trimmed();
    n.outcome = m_outcome->toPlainText().trimmed();
    n.followUp = m_followUp->toPlainText().trimmed();
    return n;
}

void CaseNoteDialog::accept()
{
    const CaseNote n = note();
    auto stored = n.id.isEmpty() ? m_repository.add(n) : m_repository.update(n);
    if (!stored) {
        m_error->setText(stored.error().message);
        m_error->show();
        m_findings->clear();
        for (const IdentifierFinding& f : m_check.check(n.texts()))
            m_findings->addItem(tr("%1: “%2”").arg(f.kind, f.excerpt));
        m_findings->setVisible(m_findings->count() > 0);
        m_summary->setFocus();
        return;
    }
    m_saved = *stored;
    QDialog::accept();
}

} // namespace cpd
