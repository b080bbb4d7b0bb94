// cpdjournal: the desktop app. Wiring only: options, the journal file, the main window.
#include "common/MessageBox.h"
#include "main/AppStyle.h"
#include "main/FirstPaintWatcher.h"
#include "main/MainWindow.h"
#include "revalidation/RevalidationArea.h"
#include "revalidation/RevalidationDashboard.h"
#include "storage/Database.h"
#include "storage/JournalLocation.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cpdjournal"));
    QApplication::setApplicationDisplayName(QStringLiteral("CPD Journal"));
    QApplication::setApplicationVersion(QStringLiteral(CPD_VERSION));
    QApplication::setOrganizationName(QStringLiteral("cpdjournal"));
    QApplication::setDesktopFileName(QStringLiteral("cpdjournal"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reflective CPD journal for health professionals."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The journal file (default: $CPDJOURNAL_DB, then %1).")
                                          .arg(cpd::JournalLocation::defaultPath()),
                                      QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Once the window has painted, save a picture of it to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption quitAfterPaintOption(
        QStringLiteral("quit-after-paint"),
        QApplication::translate("main", "Quit once the window has painted, printing first-paint-ms (benchmarks)."));
    parser.addOption(dbOption);
    parser.addOption(screenshotOption);
    parser.addOption(quitAfterPaintOption);
    parser.process(app);

    cpd::AppStyle::apply(app);
    const QString path = cpd::JournalLocation::resolve(parser.value(dbOption));
    auto db = cpd::Database::open(path);
    if (!db) {
        cpd::MessageBox::critical(nullptr, QApplication::translate("main", "CPD Journal"),
                                  QApplication::translate("main", "The journal %1 could not be opened.\n\n%2")
                                      .arg(path, db.error().message));
        std::fprintf(stderr, "cpdjournal: %s\n", qPrintable(db.error().message));
        return 1;
    }

    static const cpd::SystemClock clock;
    cpd::MainWindow window(std::move(*db), clock);
    // The window installs its areas (Journal, Trash, Topics, Revalidation…) itself, as sample
    // journal windows do; each is built when first shown.
    const bool screenshot = parser.isSet(screenshotOption);
    const bool quitAfterPaint = parser.isSet(quitAfterPaintOption);
    if (screenshot || quitAfterPaint) {
        auto* watcher = new cpd::FirstPaintWatcher(&window);
        QObject::connect(watcher, &cpd::FirstPaintWatcher::firstPaint, &window, [&] {
            if (quitAfterPaint) {
                // Since main(), and the monotonic clock's reading, from which the benchmark
                // counts from the moment it started the process (dynamic loading included).
                QElapsedTimer now;
                now.start();
                std::printf("first-paint-ms: %lld\nfirst-paint-monotonic-ns: %lld\n",
                            static_cast<long long>(sinceStart.elapsed()),
                            static_cast<long long>(now.msecsSinceReference()) * 1000000LL);
                std::fflush(stdout);
            }
            if (screenshot) {
                const QString file = parser.value(screenshotOption);
                if (!window.grab().save(file, "PNG")) {
                    std::fprintf(stderr, "cpdjournal: could not save the screenshot to %s\n", qPrintable(file));
                    QApplication::exit(1);
                    return;
                }
            }
            QApplication::exit(0);
        });
    }
    window.show();
    if (!screenshot && !quitAfterPaint)
        QTimer::singleShot(0, &window, [&window] { cpd::RevalidationArea::remindIfDue(window); });
    return app.exec();
}
