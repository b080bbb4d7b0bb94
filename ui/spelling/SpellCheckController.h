#pragma once

#include "spelling/PersonalDictionary.h"
#include "spelling/WordTokenizer.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

class QMenu;
class QPlainTextEdit;
class QPoint;

namespace cpd {

class SpellChecker;
class SpellHighlighter;

// Spell checking for a set of text fields: underlines (SpellHighlighter), and a context menu
// with up to seven suggestions, "Add to dictionary" (the personal word list) and "Ignore" (for
// this session). The dictionary is loaded once per process, on a worker thread, and shared by
// every field; underlining starts when it has loaded (availabilityChanged). When no dictionary
// is installed, nothing is underlined and unavailableReason() says why.
class SpellCheckController : public QObject
{
    Q_OBJECT
public:
    using MenuSource = std::function<QMenu*(QPlainTextEdit*, const QPoint&)>;

    explicit SpellCheckController(QObject* parent = nullptr);
    ~SpellCheckController() override;

    void watch(QPlainTextEdit* edit);
    // Where the rest of the context menu comes from (another guard's menu); by default the
    // field's standard menu.
    void setMenuSource(MenuSource source) { m_menuSource = std::move(source); }
    // The form's undo stack, so that a correction is an undo step of its own.
    void setUndoStack(QUndoStack* stack) { m_undo = stack; }

    bool isAvailable() const { return m_checker != nullptr; }
    // True until the shared dictionary has finished loading (or failed to).
    bool isLoading() const { return m_loading; }
    // Tests and tools: processes events until the dictionary has loaded; false on time-out.
    bool waitUntilLoaded(int timeoutMs = 10000);
    QString unavailableReason() const { return m_unavailable; }
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled);
    // Whether the person wants spelling checked (QSettings "spelling/enabled"; on by default).
    static bool storedEnabled();
    static void storeEnabled(bool enabled);

    // The misspelt word of edit at a text position, if any (start and length in the field).
    std::optional<WordTokenizer::Word> misspeltAt(QPlainTextEdit* edit, int position) const;
    QStringList suggestions(const QString& word) const;
    // The field's context menu with the spelling actions for the word at pos (viewport
    // coordinates) first. The caller owns the menu.
    QMenu* createContextMenu(QPlainTextEdit* edit, const QPoint& pos);
    void replace(QPlainTextEdit* edit, const WordTokenizer::Word& word, const QString& expected, const QString& with);
    Status addToDictionary(const QString& word);
    void ignore(const QString& word);

    // Tests: the dictionary folders and the personal word list to use from now on (the shared
    // dictionary is not touched).
    static void setDictionaryFolders(const QStringList& folders);
    void setPersonalDictionary(const PersonalDictionary& dictionary);

signals:
    void errorOccurred(const QString& message);
    // The dictionary has loaded, or it turned out to be missing.
    void availabilityChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rehighlightAll();
    void adoptDictionary();

    std::shared_ptr<SpellChecker> m_checker;
    QString m_unavailable;
    bool m_loading = true;
    PersonalDictionary m_personal;
    bool m_enabled = true;
    QHash<QPlainTextEdit*, QPointer<SpellHighlighter>> m_highlighters;
    MenuSource m_menuSource;
    QPointer<QUndoStack> m_undo;
};

} // namespace cpd
