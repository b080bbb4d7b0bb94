// An X/Twitter archive zip as it arrives: the zip reader and every part it names.
#include "FuzzSupport.h"
#include "importers/TwitterArchiveImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    cpd::fuzz::ensureApp();
    cpd::TwitterArchiveImporter::Options options;
    options.maxArchiveBytes = 4 * 1024 * 1024;
    options.maxPartBytes = 4 * 1024 * 1024; // a zip bomb is refused, not unpacked
    (void)cpd::TwitterArchiveImporter::read(
        cpd::fuzz::writeInput(data, size, QStringLiteral("archive.zip")), options);
    return 0;
}
