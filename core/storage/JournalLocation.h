#pragma once

#include <QString>

class QSettings;

namespace cpd {

// Where the journal lives: --db wins, then $CPDJOURNAL_DB, then journal.cpdj in the folder chosen
// at first run (stored in the user's settings), else in the per-user data folder.
class JournalLocation
{
public:
    static QString resolve(const QString& fromCommandLine);
    static QString defaultPath();
    // The folder of the default journal: the one chosen, else the per-user data folder.
    static QString folder();
    static QString defaultFolder();
    // Chooses the folder (an empty folder, or the default one, forgets the choice).
    static void setFolder(const QString& folder);
    // A separate journal filled with sample entries, so trying the app never touches real work.
    static QString samplePath();

private:
    static constexpr const char* kFolderKey = "journal/folder";
    static QSettings settings();
};

} // namespace cpd
