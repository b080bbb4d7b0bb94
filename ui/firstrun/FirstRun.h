#pragma once

#include "standards/Profile.h"
#include "util/Result.h"

#include <optional>

class QSettings;
class QWidget;

namespace cpd {

class Clock;
class Database;
class MainWindow;

// When and how the first-run questions are asked: once, before the first journal exists, unless
// a journal was named (--db, $CPDJOURNAL_DB); never again once answered or skipped (QSettings).
class FirstRun
{
public:
    struct Answers
    {
        Profile profile;
        bool openSample = false;
    };

    static bool isDone(const QSettings& settings);
    static void markDone(QSettings& settings);
    // Due when not done and the default journal does not exist yet.
    static bool isDue(const QSettings& settings);

    // Asks the questions (a modal wizard) and remembers that they were asked. The folder chosen
    // becomes the journal's (JournalLocation::setFolder). nullopt when skipped.
    static std::optional<Answers> ask(QSettings& settings, QWidget* parent = nullptr);
    // Writes the answers' profile into the journal just opened.
    static Status save(const Answers& answers, Database& db, const Clock& clock);
    // Help ▸ Set up again…: the same questions for the open journal, its profile filled in.
    static void askAgain(MainWindow& window);

private:
    static constexpr const char* kDoneKey = "firstRun/done";
};

} // namespace cpd
