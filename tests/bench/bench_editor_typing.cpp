// Measures what one keystroke costs on the UI thread in the entry editor when the reflection is
// 2,000 words long, with the topic suggestions panel live, and prints one JSON object:
//   bench_editor_typing [--keys N] [--no-spelling]
// A keystroke is the key press and release sent to the reflection field plus every event they
// post (the repaint included; offscreen platform unless QT_QPA_PLATFORM says otherwise). The
// suggestions are worked out once typing pauses; that pass is measured on its own. Budget: a
// keystroke well under 16 ms (one frame). Spell checking (en_GB Hunspell) is on unless
// --no-spelling; the time to check the whole reflection once is printed on its own.
#include "editor/EntryEditor.h"
#include "editor/ReflectionPanel.h"
#include "spelling/SpellCheckController.h"
#include "journal/Entry.h"
#include "topics/TopicMappingPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

using namespace cpd;

namespace {

QJsonObject stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * (ms.size() - 1) + 0.5))); };
    return QJsonObject{{QStringLiteral("runs"), ms.size()},
                       {QStringLiteral("median_ms"), pct(0.5)},
                       {QStringLiteral("p95_ms"), pct(0.95)},
                       {QStringLiteral("max_ms"), ms.last()}};
}

// About 2,000 words of clinical prose, varied enough that the suggester has work to do.
QString longReflection()
{
    const QStringList sentences{
        QStringLiteral("I saw a man in his fifties with type 2 diabetes whose blood pressure had crept up over the year."),
        QStringLiteral("We talked about his smoking, and he agreed to see the stop smoking service about varenicline."),
        QStringLiteral("His daughter mentioned that he had been drinking more since his redundancy, about thirty units a week."),
        QStringLiteral("I used the AUDIT-C and gave brief advice, then booked a follow-up with the practice nurse."),
        QStringLiteral("The practice has been reviewing antibiotic prescribing for sore throats as part of our AMR work."),
        QStringLiteral("On reflection I could have explored his low mood further, as the PHQ-9 suggested moderate depression."),
        QStringLiteral("Next time I will signpost the talking therapies service earlier and check his social support."),
        QStringLiteral("The team discussed how we might reach men who never attend their NHS Health Check."),
    };
    QString text;
    int words = 0;
    for (int i = 0; words < 2000; ++i) {
        const QString& s = sentences.at(i % sentences.size());
        text += s + (i % 5 == 4 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        words += int(s.count(QLatin1Char(' '))) + 1;
    }
    return text;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    int keys = 300;
    if (const auto at = args.indexOf(QStringLiteral("--keys")); at > 0 && at + 1 < args.size())
        keys = std::max(10, args.at(at + 1).toInt());
    const bool spelling = !args.contains(QStringLiteral("--no-spelling"));

    EntryEditor editor;
    editor.resize(640, 900);
    editor.show();
    editor.reflectionPanel()->spelling()->waitUntilLoaded(); // read on a worker thread
    Entry entry;
    entry.id = QStringLiteral("6f1c1d2e-0000-4000-8000-0000000000aa");
    entry.title = QStringLiteral("A long consultation");
    entry.date = QDate(2026, 3, 1);
    entry.activity = QStringLiteral("course");
    entry.templateId = QStringLiteral("nmc");
    entry.status = QStringLiteral("draft");
    entry.reflection.insert(QStringLiteral("learned"), longReflection());
    editor.reflectionPanel()->spelling()->setEnabled(false);
    editor.loadEntry(entry);
    // Checking the whole reflection once (as when an entry is opened), with a cold word cache.
    QElapsedTimer fullCheck;
    fullCheck.start();
    editor.reflectionPanel()->spelling()->setEnabled(spelling);
    const double fullCheckMs = fullCheck.nsecsElapsed() / 1e6;
    QPlainTextEdit* field = editor.reflectionPanel()->field(QStringLiteral("learned"));
    field->setFocus();
    field->moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();

    TopicMappingPanel* panel = editor.topicPanel();
    const int runsBefore = panel->suggestionRuns();
    const QString typed = QStringLiteral(" We also discussed physical activity and a walking group for the whole family.");
    QList<double> perKey;
    for (int i = 0; i < keys; ++i) {
        const QChar c = typed.at(i % typed.size());
        const Qt::Key key = c.isLetter() ? Qt::Key(Qt::Key_A + (c.toUpper().unicode() - 'A')) : Qt::Key_Space;
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        QCoreApplication::sendPostedEvents(); // layout, repaint
        perKey << t.nsecsElapsed() / 1e6;
    }
    // The same again with the visible part of the field painted synchronously after each key
    // (platforms may deliver repaints on their own timer; this counts the paint for certain).
    QList<double> perKeyPainted;
    for (int i = 0; i < keys; ++i) {
        const QChar c = typed.at(i % typed.size());
        const Qt::Key key = c.isLetter() ? Qt::Key(Qt::Key_A + (c.toUpper().unicode() - 'A')) : Qt::Key_Space;
        QElapsedTimer t;
        t.start();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QApplication::sendEvent(field, &press);
        QApplication::sendEvent(field, &release);
        QCoreApplication::sendPostedEvents();
        field->viewport()->repaint();
        perKeyPainted << t.nsecsElapsed() / 1e6;
    }
    const int runsWhileTyping = panel->suggestionRuns() - runsBefore;

    // The pause: the debounce fires once and works the suggestions out.
    QElapsedTimer pause;
    pause.start();
    while (panel->suggestionRuns() == runsBefore + runsWhileTyping && pause.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    const double afterPauseMs = panel->lastSuggestionMicros() / 1000.0;

    QList<double> suggest;
    for (int i = 0; i < 20; ++i) {
        panel->sourceChanged();
        QElapsedTimer t;
        t.start();
        panel->updateSuggestionsNow();
        suggest << t.nsecsElapsed() / 1e6;
    }

    QJsonObject out;
    out.insert(QStringLiteral("reflection_words"), int(field->toPlainText().split(QLatin1Char(' '), Qt::SkipEmptyParts).size()));
    out.insert(QStringLiteral("spelling_checked"), spelling && editor.reflectionPanel()->spelling()->isAvailable());
    out.insert(QStringLiteral("spelling_full_check_ms"), fullCheckMs);
    out.insert(QStringLiteral("keystroke"), stats(perKey));
    out.insert(QStringLiteral("keystroke_with_repaint"), stats(perKeyPainted));
    out.insert(QStringLiteral("suggestion_passes_while_typing"), runsWhileTyping);
    out.insert(QStringLiteral("suggestion_pass_after_pause_ms"), afterPauseMs);
    out.insert(QStringLiteral("suggestion_pass_forced"), stats(suggest));
    out.insert(QStringLiteral("top_suggestion"), panel->suggestions().isEmpty() ? QString() : panel->suggestions().first().id);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
