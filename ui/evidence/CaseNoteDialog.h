#pragma once

#include "evidence/CaseNote.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace cpd {

class CaseNoteRepository;
class IdentifierCheck;

// Adds or edits an anonymised case note. Saving runs the identifier check: when it finds
// something that may identify the patient, nothing is saved and what it found is listed.
class CaseNoteDialog : public QDialog
{
    Q_OBJECT
public:
    CaseNoteDialog(CaseNoteRepository& repository, const IdentifierCheck& check, QWidget* parent = nullptr);

    void setNote(const CaseNote& note);
    CaseNote note() const;
    // The stored note once accepted.
    const CaseNote& saved() const { return m_saved; }

    QPlainTextEdit* summaryField() const { return m_summary; }
    QComboBox* settingField() const { return m_setting; }
    QComboBox* ageBandField() const { return m_ageBand; }
    QPlainTextEdit* learningField() const { return m_learning; }
    QLabel* errorLabel() const { return m_error; }
    QListWidget* findingsList() const { return m_findings; }

    void accept() override;

private:
    CaseNoteRepository& m_repository;
    const IdentifierCheck& m_check;
    CaseNote m_original;
    CaseNote m_saved;
    QPlainTextEdit* m_summary;
    QComboBox* m_setting;
    QComboBox* m_ageBand;
    QPlainTextEdit* m_learning;
    QPlainTextEdit* m_outcome;
    QPlainTextEdit* m_followUp;
    QLabel* m_error;
    QListWidget* m_findings;
};

} // namespace cpd
