#pragma once

namespace cpd {

// Work Qt does once per process, which the first window needs, done on a worker thread while the
// main thread opens the journal and builds the window: the font database (fontconfig lists every
// installed font: 5-7 ms on the main thread here) and the list of image-format plugins (read
// before the first icon: about 1.4 ms). QFontDatabase and QImageReader are thread-safe, and Qt
// guards both with its own locks: the main thread finds the work done, or waits for the rest.
// Call once the QApplication exists; QCoreApplication waits for the worker when it is destroyed.
class StartupWarmUp
{
public:
    static void start();
};

} // namespace cpd
