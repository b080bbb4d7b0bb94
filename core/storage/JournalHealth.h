#pragma once

#include <atomic>

#include <QSqlError>
#include <QString>

namespace cpd {

// Whether a journal file is whole. Two depths, because a full check of a large journal takes
// seconds: inspect() reads only the file's first 100 bytes and its size (milliseconds at any
// size) and runs before every open; deepCheck() runs SQLite's quick_check and the search
// index's own check on a connection of its own, from any thread, after the window shows. In
// between, every query that meets damage reports it (Sql::describe maps SQLITE_CORRUPT/NOTADB).
class JournalHealth
{
public:
    enum class Verdict { Healthy, Missing, NotSqlite, Truncated, Damaged };
    struct Report
    {
        Verdict verdict = Verdict::Healthy;
        QString detail; // what was found, for the message and the log
        bool healthy() const { return verdict == Verdict::Healthy; }
    };

    static Report inspect(const QString& path);
    // cancel, when given and set (from any thread), stops the check soon: the report then says
    // nothing was found.
    static Report deepCheck(const QString& path, const std::atomic_bool* cancel = nullptr);
    // A query failed because the file is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
    static bool isDamage(const QSqlError& error);
    // user_version as the file's header says (0 when unreadable), read without opening SQLite.
    static int headerVersion(const QString& path);
};

} // namespace cpd
