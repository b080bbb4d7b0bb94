#pragma once

#include <QString>

namespace cpd {

// Where the journal lives: --db wins, then $CPDJOURNAL_DB, then the per-user data folder.
class JournalLocation
{
public:
    static QString resolve(const QString& fromCommandLine);
    static QString defaultPath();
    // A separate journal filled with sample entries, so trying the app never touches real work.
    static QString samplePath();
};

} // namespace cpd
