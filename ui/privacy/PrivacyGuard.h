#pragma once

#include "privacy/ConfidentialityScanner.h"
#include "util/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QMenu;
class QUndoStack;
class QPlainTextEdit;
class QPoint;

namespace cpd {

class DismissalStore;

// Watches text fields for likely patient identifiers. A check runs a moment after typing stops
// (never on the keystroke), underlines what it finds, and adds "Redact" and "Not an identifier"
// to the field's context menu. Redacting edits the text through the field's own edit path, so
// undo (the field's and the editor's) puts it back; "not an identifier" is remembered in the
// journal when a DismissalStore is set, for the session otherwise.
class PrivacyGuard : public QObject
{
    Q_OBJECT
public:
    explicit PrivacyGuard(QObject* parent = nullptr);

    void watch(QPlainTextEdit* edit);
    // The journal's dismissals (not owned; null forgets them at the end of the session).
    void setDismissalStore(DismissalStore* store);
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    // The form's undo stack, so that a redaction is an undo step of its own rather than merged
    // with the typing before it.
    void setUndoStack(QUndoStack* stack);

    // What the last check found in edit (checks now when the text changed since).
    QList<Finding> findings(QPlainTextEdit* edit);
    // The finding under a text position of edit, if any.
    std::optional<Finding> findingAt(QPlainTextEdit* edit, int position);
    void redact(QPlainTextEdit* edit, const Finding& finding);
    Status dismiss(QPlainTextEdit* edit, const Finding& finding);
    // The field's context menu with the privacy actions for the finding at pos (viewport
    // coordinates) first. The caller owns the menu.
    QMenu* createContextMenu(QPlainTextEdit* edit, const QPoint& pos);
    // Runs the pending checks now (tests; before saving).
    void checkNow();

    static QString redactedText();

signals:
    // After a check of edit: how many likely identifiers it holds.
    void checked(QObject* edit, int count);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check(QPlainTextEdit* edit);
    bool isDismissed(const Finding& finding) const;

    ConfidentialityScanner m_scanner;
    QTimer m_timer;
    QList<QPointer<QPlainTextEdit>> m_edits;
    QSet<QPlainTextEdit*> m_pending;
    QHash<QPlainTextEdit*, QList<Finding>> m_findings;
    DismissalStore* m_store = nullptr;
    QPointer<QUndoStack> m_undo;
    QSet<QString> m_sessionDismissed; // kind + '\n' + normalised text
};

} // namespace cpd
