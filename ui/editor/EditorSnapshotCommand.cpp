#include "editor/EditorSnapshotCommand.h"

#include "editor/EntryEditor.h"

namespace cpd {

EditorSnapshotCommand::EditorSnapshotCommand(EntryEditor* editor, Entry before, Entry after, QString field)
    : m_editor(editor), m_before(std::move(before)), m_after(std::move(after)), m_field(std::move(field))
{
    setText(m_field.isEmpty() ? EntryEditor::tr("change") : EntryEditor::tr("typing"));
    m_lastChange.start();
}

void EditorSnapshotCommand::undo()
{
    m_editor->applyState(m_before);
}

void EditorSnapshotCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_editor->applyState(m_after);
}

bool EditorSnapshotCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const EditorSnapshotCommand*>(other);
    if (m_field.isEmpty() || next->m_field != m_field || m_lastChange.elapsed() > kMergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastChange.restart();
    return true;
}

} // namespace cpd
