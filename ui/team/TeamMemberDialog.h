#pragma once

#include "team/TeamSummary.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace cpd {

class TeamStore;
class TopicCatalogue;

// A member's summary, read-only: requirements, hours by month, topics and the entries they chose
// to share (the only reflections a manager ever sees), with the manager's notes and sign-off,
// stored in the manager's journal through TeamStore.
class TeamMemberDialog : public QDialog
{
    Q_OBJECT
public:
    TeamMemberDialog(const TeamSummary& summary, TeamStore& store, const TopicCatalogue& catalogue,
                     const QString& signer, QWidget* parent = nullptr);

    const TeamSummary& summary() const { return m_summary; }
    // What the tests drive (the buttons do the same).
    bool addNote(const QString& text);
    bool signOff(const QString& signedBy, const QString& comment);

    QTableWidget* requirementsTable() const { return m_requirements; }
    QListWidget* sharedList() const { return m_shared; }
    QTextBrowser* sharedView() const { return m_sharedView; }
    QListWidget* notesList() const { return m_notes; }
    QListWidget* signOffList() const { return m_signOffs; }

signals:
    void changed(); // a note or a sign-off was stored

private:
    QWidget* makeRequirementsTab();
    QWidget* makeHoursTab();
    QWidget* makeTopicsTab(const TopicCatalogue& catalogue);
    QWidget* makeSharedTab();
    QWidget* makeNotesTab(const QString& signer);
    void showShared(int row);
    void reloadNotes();

    TeamSummary m_summary;
    TeamStore& m_store;
    QTableWidget* m_requirements = nullptr;
    QListWidget* m_shared = nullptr;
    QTextBrowser* m_sharedView = nullptr;
    QListWidget* m_notes = nullptr;
    QPlainTextEdit* m_noteEdit = nullptr;
    QListWidget* m_signOffs = nullptr;
    QLineEdit* m_signer = nullptr;
    QLineEdit* m_comment = nullptr;
};

} // namespace cpd
