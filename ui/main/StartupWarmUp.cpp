#include "main/StartupWarmUp.h"

#include <QFontDatabase>
#include <QImageReader>
#include <QThreadPool>

namespace cpd {

void StartupWarmUp::start()
{
    QThreadPool::globalInstance()->start([] {
        QFontDatabase::families();             // populates the font database, once per process
        QImageReader::supportedImageFormats(); // reads the image-format plugins' list, once
    });
}

} // namespace cpd
