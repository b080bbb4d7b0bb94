// A Mastodon archive as it arrives: a zip (outbox.json, actor.json) or outbox.json alone.
#include "FuzzSupport.h"
#include "importers/MastodonArchiveImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpd::fuzz::ensureApp();
    cpd::MastodonArchiveImporter::Options options;
    options.maxArchiveBytes = 4 * 1024 * 1024;
    options.maxJsonBytes = 4 * 1024 * 1024; // a zip bomb is refused, not unpacked
    (void)cpd::MastodonArchiveImporter::read(
        cpd::fuzz::writeInput(data, size, QStringLiteral("archive")), options);
    return 0;
}
