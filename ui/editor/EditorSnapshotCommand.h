#pragma once

#include "journal/Entry.h"

#include <QElapsedTimer>
#include <QUndoCommand>

namespace cpd {

class EntryEditor;

// One change to the editor as a before/after snapshot of the whole entry. Typing in one field
// merges into a single step until the person pauses or moves to another field.
class EditorSnapshotCommand : public QUndoCommand
{
public:
    EditorSnapshotCommand(EntryEditor* editor, Entry before, Entry after, QString field);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    static constexpr qint64 kMergeWindowMs = 2500;

    EntryEditor* m_editor;
    Entry m_before;
    Entry m_after;
    QString m_field; // empty: never merges
    QElapsedTimer m_lastChange;
    bool m_applied = true; // the widgets already show m_after when the command is pushed
};

} // namespace cpd
