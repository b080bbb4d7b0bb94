#pragma once

#include "evidence/SocialFind.h"
#include "importers/ImportProgress.h"
#include "importers/ImportSummary.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// A Mastodon archive: the zip, or its outbox.json alone. ActivityStreams Create (of a Note)
// becomes a post, Announce a boost; other activities are skipped. Keeps the activity ids.
class MastodonArchiveImporter
{
public:
    struct Options
    {
        qint64 maxArchiveBytes = qint64(4) * 1024 * 1024 * 1024; // archives carry media
        qint64 maxJsonBytes = qint64(256) * 1024 * 1024;         // outbox.json
    };
    struct Parsed
    {
        QList<SocialFind> finds;
        int skipped = 0;
        int errors = 0;
        QStringList messages;
    };

    static Result<Parsed> read(const QString& path, const Options& options, const ImportProgress& progress = {});
    static Result<Parsed> parseOutbox(const QByteArray& json, const QByteArray& actorJson, const ImportProgress& progress = {});
    static Result<ImportSummary> import(Database& db, const Clock& clock, const QString& path, const Options& options,
                                        const ImportProgress& progress = {});
};

} // namespace cpd
