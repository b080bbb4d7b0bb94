#include "privacy/PrivacyGuard.h"

#include "privacy/DismissalStore.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

namespace cpd {

namespace {

QString key(const Finding& f)
{
    return f.kind + QLatin1Char('\n') + DismissalStore::normalise(f.kind, f.text);
}

QString shortened(const QString& text)
{
    const QString s = text.simplified();
    return s.size() > 30 ? s.left(29) + QChar(0x2026) : s;
}

} // namespace

PrivacyGuard::PrivacyGuard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &PrivacyGuard::checkNow);
}

void PrivacyGuard::watch(QPlainTextEdit* edit)
{
    m_edits.append(edit);
    edit->viewport()->installEventFilter(this);
    // The document's signal, not the field's: loading an entry blocks the field's signals.
    connect(edit->document(), &QTextDocument::contentsChanged, this, [this, edit] {
        m_pending.insert(edit);
        m_timer.start();
    });
    connect(edit, &QObject::destroyed, this, [this, edit] {
        m_pending.remove(edit);
        m_findings.remove(edit);
    });
    m_pending.insert(edit);
    m_timer.start();
}

void PrivacyGuard::setUndoStack(QUndoStack* stack)
{
    m_undo = stack;
}

void PrivacyGuard::setDismissalStore(DismissalStore* store)
{
    m_store = store;
    for (const QPointer<QPlainTextEdit>& edit : std::as_const(m_edits)) {
        if (edit)
            m_pending.insert(edit);
    }
    m_timer.start();
}

void PrivacyGuard::checkNow()
{
    m_timer.stop();
    const QSet<QPlainTextEdit*> pending = std::exchange(m_pending, {});
    for (QPlainTextEdit* edit : pending)
        check(edit);
}

bool PrivacyGuard::isDismissed(const Finding& finding) const
{
    if (m_sessionDismissed.contains(key(finding)))
        return true;
    if (!m_store)
        return false;
    const Result<bool> dismissed = m_store->isDismissed(finding.kind, finding.text);
    return dismissed && *dismissed;
}

void PrivacyGuard::check(QPlainTextEdit* edit)
{
    QList<Finding> found = m_scanner.scan(edit->toPlainText());
    found.removeIf([this](const Finding& f) { return isDismissed(f); });
    m_findings.insert(edit, found);

    QList<QTextEdit::ExtraSelection> selections;
    for (const Finding& f : std::as_const(found)) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(edit->document());
        s.cursor.setPosition(int(f.start));
        s.cursor.setPosition(int(f.end), QTextCursor::KeepAnchor);
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        s.format.setToolTip(tr("This may identify someone (%1). Right-click to redact it.")
                                .arg(ConfidentialityScanner::describe(f.kind)));
        selections.append(s);
    }
    edit->setExtraSelections(selections);
    emit checked(edit, int(found.size()));
}

QList<Finding> PrivacyGuard::findings(QPlainTextEdit* edit)
{
    if (m_pending.remove(edit) || !m_findings.contains(edit))
        check(edit);
    return m_findings.value(edit);
}

std::optional<Finding> PrivacyGuard::findingAt(QPlainTextEdit* edit, int position)
{
    const QList<Finding> all = findings(edit);
    for (const Finding& f : all) {
        if (position >= f.start && position <= f.end)
            return f;
    }
    return std::nullopt;
}

QString PrivacyGuard::redactedText()
{
    return tr("[redacted]");
}

void PrivacyGuard::redact(QPlainTextEdit* edit, const Finding& finding)
{
    // Through the document's cursor, like typing: one undo step in the field, and textChanged
    // tells the entry editor, which records its own undo snapshot.
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(finding.start));
    cursor.setPosition(int(finding.end), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != finding.text)
        return; // the text moved on since the check
    if (m_undo)
        m_undo->beginMacro(tr("Redact"));
    cursor.insertText(redactedText());
    if (m_undo)
        m_undo->endMacro();
    m_pending.insert(edit);
    checkNow();
}

Status PrivacyGuard::dismiss(QPlainTextEdit* edit, const Finding& finding)
{
    Status result;
    if (m_store)
        result = m_store->dismiss(finding.kind, finding.text);
    m_sessionDismissed.insert(key(finding));
    for (const QPointer<QPlainTextEdit>& e : std::as_const(m_edits)) {
        if (e)
            m_pending.insert(e);
    }
    m_pending.insert(edit);
    checkNow();
    return result;
}

QMenu* PrivacyGuard::createContextMenu(QPlainTextEdit* edit, const QPoint& pos)
{
    QMenu* menu = edit->createStandardContextMenu(pos);
    const std::optional<Finding> finding = findingAt(edit, edit->cursorForPosition(pos).position());
    if (!finding)
        return menu;
    QAction* first = menu->actions().value(0);
    auto* heading = new QAction(tr("May identify someone: %1").arg(ConfidentialityScanner::describe(finding->kind)), menu);
    heading->setEnabled(false);
    auto* redactAction = new QAction(tr("&Redact \"%1\"").arg(shortened(finding->text)), menu);
    redactAction->setObjectName(QStringLiteral("privacyRedact"));
    connect(redactAction, &QAction::triggered, this, [this, edit, f = *finding] { redact(edit, f); });
    auto* dismissAction = new QAction(tr("&Not an identifier"), menu);
    dismissAction->setObjectName(QStringLiteral("privacyDismiss"));
    connect(dismissAction, &QAction::triggered, this, [this, edit, f = *finding] { dismiss(edit, f); });
    menu->insertActions(first, {heading, redactAction, dismissAction});
    menu->insertSeparator(first);
    return menu;
}

bool PrivacyGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto* edit = qobject_cast<QPlainTextEdit*>(watched->parent());
        if (edit && m_findings.contains(edit)) {
            auto* e = static_cast<QContextMenuEvent*>(event);
            QMenu* menu = createContextMenu(edit, e->pos());
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(e->globalPos());
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cpd
