#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QString>

namespace cpd {

class Clock;
class Database;

// Imports signed team bundles into a manager's journal, one file at a time and all-or-nothing
// per file. A bundle is refused, with nothing stored changed, when it is not a bundle, is
// truncated, unsigned or tampered with, is signed by a key other than the one recorded for that
// member, names another member inside than it was signed for, or is not newer (sequence and
// generated_at) than the summary already stored for that member (a replay). The first bundle of a
// member records its key (trust on first use) and the outcome carries its fingerprint so the
// manager can check it with the member. A newer bundle replaces the older summary.
class TeamBundleImporter
{
public:
    struct Outcome
    {
        QString file;
        QString memberId;
        QString name;
        QString fingerprint;
        bool firstImport = false; // the member's key was recorded now: check the fingerprint
        qint64 sequence = 0;
        qint64 replacedSequence = 0; // 0 when there was none
        QDateTime generatedAt;
    };

    TeamBundleImporter(Database& db, const Clock& clock);

    // Errors read "FILE: reason".
    Result<Outcome> importFile(const QString& path);
    Result<Outcome> importBytes(const QByteArray& bytes, const QString& name);

    static constexpr qint64 kMaxFileBytes = 40 * 1024 * 1024;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
