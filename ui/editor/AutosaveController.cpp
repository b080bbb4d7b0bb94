#include "editor/AutosaveController.h"

#include "editor/EntryEditor.h"
#include "journal/DraftStore.h"

#include <QUuid>

namespace cpd {

AutosaveController::AutosaveController(DraftStore& drafts, EntryEditor* editor, QObject* parent)
    : QObject(parent), m_drafts(drafts), m_editor(editor),
      m_key(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_quiet.setSingleShot(true);
    m_deadline.setSingleShot(true);
    setDelays(kQuietMs, kMaxDelayMs);
    connect(&m_quiet, &QTimer::timeout, this, &AutosaveController::write);
    connect(&m_deadline, &QTimer::timeout, this, &AutosaveController::write);
    connect(editor, &EntryEditor::changed, this, &AutosaveController::onChanged);
}

void AutosaveController::setDelays(int quietMs, int maxDelayMs)
{
    m_quiet.setInterval(quietMs);
    m_deadline.setInterval(maxDelayMs);
}

void AutosaveController::onChanged()
{
    if (!m_editor->isDirty()) {
        // Undone back to what is stored: nothing to keep.
        clear();
        return;
    }
    m_quiet.start(); // restarts on every keystroke
    if (!m_deadline.isActive())
        m_deadline.start(); // does not restart: a long burst of typing is still saved
}

void AutosaveController::write()
{
    m_quiet.stop();
    m_deadline.stop();
    if (auto ok = m_drafts.save(m_key, m_editor->entryId(), m_editor->state()); !ok) {
        emit errorOccurred(ok.error().message);
        return;
    }
    emit draftSaved();
}

void AutosaveController::flush()
{
    if (m_quiet.isActive() || m_deadline.isActive())
        write();
}

void AutosaveController::clear()
{
    m_quiet.stop();
    m_deadline.stop();
    if (auto ok = m_drafts.remove(m_key); !ok)
        emit errorOccurred(ok.error().message);
}

} // namespace cpd
