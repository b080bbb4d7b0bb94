#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableView;

namespace cpd {

class CaseNoteDialog;
struct CaseNote;
class CaseNoteModel;
class CaseNoteRepository;
class IdentifierCheck;
class JournalSession;

// Anonymised case notes: the list, new / edit (checked for identifiers before saving), delete,
// and link to the entry selected in the journal.
class CaseNotesTab : public QWidget
{
    Q_OBJECT
public:
    CaseNotesTab(JournalSession& session, const IdentifierCheck& check, QWidget* parent = nullptr);
    ~CaseNotesTab() override;

    void reload();
    void setSelectedEntryProvider(std::function<QString()> provider) { m_selectedEntry = std::move(provider); }

    CaseNoteDialog* addNote();
    CaseNoteDialog* editSelected();
    bool removeSelected();
    bool linkSelected();

    CaseNoteModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void journalChanged();
    void statusMessage(const QString& message);

private:
    CaseNoteDialog* showDialog(const CaseNote& note);
    void updateButtons();

    JournalSession& m_session;
    std::unique_ptr<CaseNoteRepository> m_repository;
    std::function<QString()> m_selectedEntry;
    const IdentifierCheck& m_check;
    CaseNoteModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_link;
};

} // namespace cpd
