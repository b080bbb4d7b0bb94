// A browser's bookmarks export (Netscape bookmark file HTML).
#include "FuzzSupport.h"
#include "importers/BookmarksImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto parsed = cpd::BookmarksImporter::parse(cpd::fuzz::bytes(data, size));
    if (parsed) {
        for (const cpd::SocialFind& f : std::as_const(parsed->finds)) {
            if (!f.url.startsWith(QLatin1String("http")))
                cpd::fuzz::broken("a bookmark kept that is not http(s)");
        }
    }
    return 0;
}
