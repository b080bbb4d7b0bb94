#pragma once

#include "evidence/SocialFind.h"
#include "importers/ImportProgress.h"
#include "importers/ImportSummary.h"
#include "util/Result.h"

namespace cpd {

class Clock;
class Database;

// A browser's bookmarks export (the Netscape bookmark file every browser writes). Each http(s)
// bookmark becomes a find keyed by its address; folders become its chat/thread field, TAGS its
// hashtags. Other links (javascript:, place:, file:) are skipped.
class BookmarksImporter
{
public:
    struct Options
    {
        qint64 maxFileBytes = qint64(64) * 1024 * 1024;
    };
    struct Parsed
    {
        QList<SocialFind> finds;
        int skipped = 0;
        int errors = 0;
        QStringList messages;
    };

    static Result<Parsed> parse(const QByteArray& html, const ImportProgress& progress = {});
    static Result<ImportSummary> import(Database& db, const Clock& clock, const QString& path, const Options& options,
                                        const ImportProgress& progress = {});
};

} // namespace cpd
