// One part of an X/Twitter archive (data/tweets.js or data/like.js: "window.YTD… = [...]").
// The first byte picks the kind (odd: likes) and whether hashtag and date filters are on.
#include "FuzzSupport.h"
#include "importers/TwitterArchiveImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    cpd::TwitterArchiveImporter::Options options;
    if (mode & 2)
        options.hashtags = {QStringLiteral("#wenurses"), QStringLiteral("CPD")};
    if (mode & 4)
        options.since = QDate(2020, 1, 1);
    cpd::TwitterArchiveImporter::Parsed out;
    const bool like = mode & 1;
    const auto status = cpd::TwitterArchiveImporter::parsePart(
        cpd::fuzz::bytes(data + 1, size - 1),
        like ? QStringLiteral("data/like.js") : QStringLiteral("data/tweets.js"), like,
        (mode & 8) ? QStringLiteral("nurse_jo") : QString(), options, out);
    if (status) {
        for (const cpd::SocialFind& f : std::as_const(out.finds)) {
            if (f.originalId.isEmpty() || f.url.isEmpty())
                cpd::fuzz::broken("a find without an id or an address");
        }
    }
    return 0;
}
