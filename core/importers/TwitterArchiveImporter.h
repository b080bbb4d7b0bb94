#pragma once

#include "evidence/SocialFind.h"
#include "importers/ImportProgress.h"
#include "importers/ImportSummary.h"
#include "util/Result.h"

#include <QDate>

namespace cpd {

class Clock;
class Database;

// An X/Twitter archive zip: data/tweets.js (and tweets-part1.js…, or the older tweet.js) and
// data/like.js, each "window.YTD.<name>.part<N> = [...]". Keeps the tweet ids; importing the
// same archive again adds nothing. Any malformed part fails the whole import (nothing stored).
class TwitterArchiveImporter
{
public:
    struct Options
    {
        QStringList hashtags; // keep only posts with one of these (any case, '#' optional)
        QDate since;          // keep only posts from this day on (likes without a date are skipped)
        qint64 maxArchiveBytes = qint64(4) * 1024 * 1024 * 1024; // archives carry media
        qint64 maxPartBytes = qint64(256) * 1024 * 1024;         // one tweets.js part, uncompressed
    };

    struct Parsed
    {
        QList<SocialFind> finds;
        int skipped = 0;
        int errors = 0;
        QStringList messages;
    };

    // Reads and checks the archive without touching the journal.
    static Result<Parsed> read(const QString& zipPath, const Options& options,
                               const ImportProgress& progress = {});
    // One part of the archive (data/tweets.js, data/like.js, …) added to out; like says which kind.
    // keepGoing (when given) is asked now and then and cancels when it returns false.
    static Status parsePart(QByteArray js, const QString& name, bool like, const QString& username,
                            const Options& options, Parsed& out,
                            const std::function<bool()>& keepGoing = {});
    // Reads, then stores all of it in one transaction.
    static Result<ImportSummary> import(Database& db, const Clock& clock, const QString& zipPath,
                                        const Options& options,
                                        const ImportProgress& progress = {});

    // The JSON array in "window.YTD.tweets.part0 = [...]"; fails on anything else.
    static Result<QByteArray> stripAssignment(const QByteArray& js, const QString& fileName);
    // "Wed Oct 10 20:19:24 +0000 2018"
    static QDateTime parseCreatedAt(QStringView text);
    // The time a tweet id (a snowflake) was made, or invalid for ids from before 2010.
    static QDateTime snowflakeTime(const QString& id);
};

} // namespace cpd
