#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace cpd {

// The words a person has added to the dictionary ("Add to dictionary"): a UTF-8 text file, one
// word a line, kept in the application's data folder beside the journal, so that it outlives
// any one journal. Written whole through QSaveFile, so a crash never leaves half a list.
class PersonalDictionary
{
public:
    explicit PersonalDictionary(QString path = defaultPath());
    static QString defaultPath();

    QString path() const { return m_path; }
    // The words in the file; none when there is no file yet.
    Result<QStringList> load() const;
    // Adds word (once) and writes the file.
    Status add(const QString& word);

private:
    QString m_path;
};

} // namespace cpd
