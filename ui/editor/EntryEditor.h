#pragma once

#include "journal/Entry.h"
#include "topics/TopicCatalogue.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QCompleter;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QUndoStack;

namespace cpd {

class HoursPanel;
class LinksWidget;
class ReflectionPanel;
class StandardsPanel;
class TopicFeedbackStore;
class TopicMappingPanel;

// The form for one entry. It knows nothing of storage: it shows an entry, reports changes, and
// hands back what the person wrote. Every change is a snapshot on its undo stack.
class EntryEditor : public QWidget
{
    Q_OBJECT
public:
    // Topics are shown and suggested from catalogue (the built-in one when none is given).
    explicit EntryEditor(QWidget* parent = nullptr);
    explicit EntryEditor(const TopicCatalogue& catalogue, QWidget* parent = nullptr);

    // A blank entry dated today.
    void newEntry(const QDate& today);
    // Shows a stored entry; the editor is clean afterwards.
    void loadEntry(const Entry& entry);
    // Shows an autosaved draft of entryId (empty for a new entry); the editor is dirty afterwards.
    void restoreDraft(const Entry& draft, const Entry& base);
    // After a save: the stored entry becomes the clean state.
    void markSaved(const Entry& stored);

    // Everything in the form, including answers kept for templates not shown (drafts, undo).
    Entry state() const;
    // What would be stored: only the chosen template's answers.
    Entry entryToSave() const;
    QString entryId() const { return m_base.id; }
    bool isDirty() const;
    void showProblems(const QStringList& problems);

    // Sets every widget from state without recording an undo step (undo/redo use it).
    void applyState(const Entry& state);

    QUndoStack* undoStack() const { return m_undo; }
    void setTagCompletions(const QStringList& tags);
    // Where accepted and dismissed topic suggestions are remembered, so suggestions learn.
    void setTopicFeedbackStore(TopicFeedbackStore* store);
    void focusTitle();

    // For tests and the main window's tab order.
    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* activityBox() const { return m_activity; }
    QLineEdit* tagsEdit() const { return m_tags; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* feedbackSourceBox() const { return m_feedbackSource; }
    QLabel* problemsLabel() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* discardButton() const { return m_discard; }
    // Every control in the order Tab visits them: the form top to bottom, then the bar.
    QList<QWidget*> tabChain() const;
    HoursPanel* hoursPanel() const { return m_hours; }
    ReflectionPanel* reflectionPanel() const { return m_reflection; }
    StandardsPanel* standardsPanel() const { return m_standards; }
    TopicMappingPanel* topicPanel() const { return m_topics; }
    LinksWidget* linksWidget() const { return m_links; }

signals:
    // The person changed something (also after undo or redo), not when an entry is loaded.
    void changed();
    void dirtyChanged(bool dirty);
    void saveRequested();
    void discardRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildForm(const TopicCatalogue& catalogue);
    void onEdited(const QString& field);
    void reset(const Entry& shown, const Entry& base);
    void showState(const Entry& state);
    void updateDirty();
    void updateFeedbackVisibility();
    void updateHeading();

    Entry m_base;    // the stored entry being edited (or a fresh one), for id, created and extras
    Entry m_current; // what the form showed after the last recorded change
    bool m_applying = false;
    bool m_dirty = false;

    QUndoStack* m_undo;
    QLabel* m_heading;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QDateEdit* m_date;
    QCheckBox* m_hasEndDate;
    QDateEdit* m_endDate;
    QComboBox* m_activity;
    QWidget* m_feedbackRow;
    QComboBox* m_feedbackSource;
    QComboBox* m_feedbackType;
    HoursPanel* m_hours;
    ReflectionPanel* m_reflection;
    StandardsPanel* m_standards;
    QLineEdit* m_tags;
    QCompleter* m_tagCompleter;
    LinksWidget* m_links;
    TopicMappingPanel* m_topics;
    QComboBox* m_status;
    QLabel* m_problems;
    QPushButton* m_discard;
    QPushButton* m_save;
};

} // namespace cpd
