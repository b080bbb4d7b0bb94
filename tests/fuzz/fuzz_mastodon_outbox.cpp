// outbox.json (ActivityStreams) and, after the first NUL byte when there is one, actor.json.
#include "FuzzSupport.h"
#include "importers/MastodonArchiveImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cpd::fuzz::bytes(data, size);
    const qsizetype nul = input.indexOf('\0');
    const QByteArray outbox = nul < 0 ? input : input.left(nul);
    const QByteArray actor = nul < 0 ? QByteArray() : input.mid(nul + 1);
    const auto parsed = cpd::MastodonArchiveImporter::parseOutbox(outbox, actor);
    if (parsed) {
        for (const cpd::SocialFind& f : std::as_const(parsed->finds)) {
            if (!f.url.startsWith(QLatin1String("http")))
                cpd::fuzz::broken("a find kept with an address that is not http(s)");
        }
    }
    return 0;
}
