#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace cpd {

class DraftStore;
class EntryEditor;

// Writes the editor's state to the draft store shortly after the person stops typing, and at
// least every few seconds while they keep typing, so a crash or power cut loses only the last
// few seconds. The draft goes when the entry is saved or the changes are discarded.
class AutosaveController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kQuietMs = 2000;
    static constexpr int kMaxDelayMs = 10000;

    AutosaveController(DraftStore& drafts, EntryEditor* editor, QObject* parent = nullptr);

    // One key per editor; a restored draft keeps the key it was saved under.
    const QString& key() const { return m_key; }
    void setKey(const QString& key) { m_key = key; }
    void setDelays(int quietMs, int maxDelayMs);

    // Writes now if anything is waiting (before quitting, say).
    void flush();
    // The entry was saved or its changes discarded: the draft is no longer needed.
    void clear();
    bool isPending() const { return m_quiet.isActive(); }

signals:
    void draftSaved();
    void errorOccurred(const QString& message);

private:
    void onChanged();
    void write();

    DraftStore& m_drafts;
    EntryEditor* m_editor;
    QString m_key;
    QTimer m_quiet;
    QTimer m_deadline;
};

} // namespace cpd
