#include "spelling/SpellCheckController.h"

#include "common/PaletteColours.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellHighlighter.h"

#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QThread>
#include <QUndoStack>

namespace cpd {
namespace {

QStringList g_folders; // empty: SpellChecker::defaultFolders()

struct Loaded
{
    std::shared_ptr<SpellChecker> checker;
    QString error;
    QStringList folders;
    QThread* loading = nullptr; // the worker reading the dictionary, while it runs
    bool done = false;
};

// One dictionary per process (it takes a moment to load and some megabytes to hold), read on a
// worker thread so that it never holds up the first painted window; loaded again only when tests
// point at other folders.
Loaded& shared()
{
    static Loaded loaded;
    return loaded;
}

void startLoading()
{
    Loaded& loaded = shared();
    const QStringList folders = g_folders.isEmpty() ? SpellChecker::defaultFolders() : g_folders;
    if (loaded.folders == folders && (loaded.done || loaded.loading))
        return;
    loaded = Loaded{};
    loaded.folders = folders;
    auto result = std::make_shared<Result<std::unique_ptr<SpellChecker>>>(std::unexpected(Error{}));
    QThread* thread = QThread::create([result, folders] { *result = SpellChecker::open(QStringLiteral("en_GB"), folders); });
    loaded.loading = thread;
    // Connected before any controller's slot, so the shared state is ready when theirs run.
    QObject::connect(thread, &QThread::finished, qApp, [thread, result] {
        Loaded& now = shared();
        if (now.loading == thread) {
            if (*result)
                now.checker = std::shared_ptr<SpellChecker>(std::move(**result));
            else
                now.error = result->error().message;
            now.loading = nullptr;
            now.done = true;
        }
        thread->wait(); // finished is sent just before the thread ends
        delete thread;
    });
    thread->start();
}

} // namespace

SpellCheckController::SpellCheckController(QObject* parent) : QObject(parent)
{
    startLoading();
    if (QThread* loading = shared().loading)
        connect(loading, &QThread::finished, this, &SpellCheckController::adoptDictionary, Qt::QueuedConnection);
    else
        adoptDictionary();
}

void SpellCheckController::adoptDictionary()
{
    const Loaded& loaded = shared();
    if (!loaded.done)
        return; // superseded by a load from other folders (tests)
    m_checker = loaded.checker;
    m_unavailable = loaded.error;
    m_loading = false;
    for (const QPointer<SpellHighlighter>& h : std::as_const(m_highlighters)) {
        if (h) {
            h->setChecker(m_checker.get());
            h->setActive(m_enabled && m_checker);
        }
    }
    setPersonalDictionary(m_personal);
    emit availabilityChanged();
}

bool SpellCheckController::waitUntilLoaded(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (m_loading && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !m_loading;
}

SpellCheckController::~SpellCheckController() = default;

void SpellCheckController::setDictionaryFolders(const QStringList& folders)
{
    g_folders = folders;
}

void SpellCheckController::setPersonalDictionary(const PersonalDictionary& dictionary)
{
    m_personal = dictionary;
    if (!m_checker)
        return;
    const Result<QStringList> words = m_personal.load();
    if (!words) {
        emit errorOccurred(words.error().message);
        return;
    }
    m_checker->addWords(*words);
    rehighlightAll();
}

void SpellCheckController::watch(QPlainTextEdit* edit)
{
    auto* highlighter = new SpellHighlighter(edit->document(), m_checker.get());
    highlighter->setUnderlineColour(PaletteColours::error(edit->palette()));
    highlighter->setActive(m_enabled && m_checker);
    m_highlighters.insert(edit, highlighter);
    edit->viewport()->installEventFilter(this);
    connect(edit, &QObject::destroyed, this, [this, edit] { m_highlighters.remove(edit); });
}

void SpellCheckController::setEnabled(bool enabled)
{
    m_enabled = enabled;
    for (const QPointer<SpellHighlighter>& h : std::as_const(m_highlighters)) {
        if (h)
            h->setActive(m_enabled && m_checker);
    }
}

bool SpellCheckController::storedEnabled()
{
    return QSettings().value(QStringLiteral("spelling/enabled"), true).toBool();
}

void SpellCheckController::storeEnabled(bool enabled)
{
    QSettings().setValue(QStringLiteral("spelling/enabled"), enabled);
}

void SpellCheckController::rehighlightAll()
{
    for (const QPointer<SpellHighlighter>& h : std::as_const(m_highlighters)) {
        if (h && h->isActive())
            h->rehighlight();
    }
}

std::optional<WordTokenizer::Word> SpellCheckController::misspeltAt(QPlainTextEdit* edit, int position) const
{
    if (!m_checker || !m_enabled)
        return std::nullopt;
    const QTextBlock block = edit->document()->findBlock(position);
    const QString text = block.text();
    const int inBlock = position - block.position();
    const QList<WordTokenizer::Word> words = m_checker->misspelt(text);
    for (const WordTokenizer::Word& w : words) {
        if (inBlock >= w.start && inBlock <= w.start + w.length)
            return WordTokenizer::Word{block.position() + w.start, w.length};
    }
    return std::nullopt;
}

QStringList SpellCheckController::suggestions(const QString& word) const
{
    return m_checker ? m_checker->suggestions(word, 7) : QStringList{};
}

void SpellCheckController::replace(QPlainTextEdit* edit, const WordTokenizer::Word& word, const QString& expected,
                                   const QString& with)
{
    // Through the document's cursor, like typing: an undo step of the field, and textChanged
    // tells the entry editor, which records its own snapshot.
    QTextCursor cursor(edit->document());
    cursor.setPosition(int(word.start));
    cursor.setPosition(int(word.start + word.length), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != expected)
        return; // the text moved on since the menu opened
    if (m_undo)
        m_undo->beginMacro(tr("Correct spelling"));
    cursor.insertText(with);
    if (m_undo)
        m_undo->endMacro();
}

Status SpellCheckController::addToDictionary(const QString& word)
{
    const Status stored = m_personal.add(word);
    if (m_checker)
        m_checker->addWords({word});
    rehighlightAll();
    return stored;
}

void SpellCheckController::ignore(const QString& word)
{
    if (m_checker)
        m_checker->addWords({word});
    rehighlightAll();
}

QMenu* SpellCheckController::createContextMenu(QPlainTextEdit* edit, const QPoint& pos)
{
    QMenu* menu = m_menuSource ? m_menuSource(edit, pos) : edit->createStandardContextMenu(pos);
    const std::optional<WordTokenizer::Word> word = misspeltAt(edit, edit->cursorForPosition(pos).position());
    if (!word)
        return menu;
    const QString text = edit->document()->toPlainText().mid(word->start, word->length);
    QAction* first = menu->actions().value(0);
    QList<QAction*> actions;
    const QStringList suggested = suggestions(text);
    for (const QString& s : suggested) {
        auto* action = new QAction(s, menu);
        action->setObjectName(QStringLiteral("spellingSuggestion"));
        connect(action, &QAction::triggered, this, [this, edit, w = *word, text, s] { replace(edit, w, text, s); });
        actions << action;
    }
    if (suggested.isEmpty()) {
        auto* none = new QAction(tr("No spelling suggestions"), menu);
        none->setEnabled(false);
        actions << none;
    }
    auto* add = new QAction(tr("&Add \"%1\" to dictionary").arg(text), menu);
    add->setObjectName(QStringLiteral("spellingAdd"));
    connect(add, &QAction::triggered, this, [this, text] {
        if (const Status ok = addToDictionary(text); !ok)
            emit errorOccurred(ok.error().message);
    });
    auto* ignoreAction = new QAction(tr("&Ignore \"%1\"").arg(text), menu);
    ignoreAction->setObjectName(QStringLiteral("spellingIgnore"));
    connect(ignoreAction, &QAction::triggered, this, [this, text] { ignore(text); });
    actions << add << ignoreAction;
    menu->insertActions(first, actions);
    menu->insertSeparator(first);
    return menu;
}

bool SpellCheckController::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ContextMenu) {
        auto* edit = qobject_cast<QPlainTextEdit*>(watched->parent());
        if (edit && m_highlighters.contains(edit)) {
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
