// cpdjournal: the desktop app. Wiring only: options, the journal file, the main window.
#include "common/MessageBox.h"
#include "main/AppStyle.h"
#include "main/FirstPaintWatcher.h"
#include "main/JournalStartup.h"
#include "firstrun/FirstRun.h"
#include "journal/JournalPage.h"
#include "main/MainWindow.h"
#include "main/StartupWarmUp.h"
#include "revalidation/RevalidationArea.h"
#include "revalidation/RevalidationDashboard.h"
#include "settings/Language.h"
#include "storage/Database.h"
#include "storage/JournalLocation.h"
#include "util/SystemClock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cpdjournal"));
    QApplication::setApplicationDisplayName(QStringLiteral("CPD Journal"));
    QApplication::setApplicationVersion(QStringLiteral(CPD_VERSION));
    QApplication::setOrganizationName(QStringLiteral("cpdjournal"));
    // The installed desktop entry (packaging/linux): Wayland compositors match windows to it by this.
    QApplication::setDesktopFileName(QStringLiteral("org.cpdjournal.CPDJournal"));
    {
        // The language chosen in Settings, else the system's: before any text is made.
        QSettings settings;
        cpd::Language::install(app, cpd::Language::stored(settings));
    }

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
    const QCommandLineOption areaOption(
        QStringLiteral("area"),
        QApplication::translate("main", "Show this area first: journal, trash, topics, evidence or revalidation."),
        QStringLiteral("AREA"));
    parser.addOption(areaOption);
    const QCommandLineOption entryOption(QStringLiteral("entry"),
                                         QApplication::translate("main", "Open the entry with this id in the editor."),
                                         QStringLiteral("ID"));
    parser.addOption(entryOption);
    parser.process(app);
    // Fonts and image formats load on a worker meanwhile (after process(): --help exits at once).
    cpd::StartupWarmUp::start();

    cpd::AppStyle::apply(app);
    // First run: the three questions, once, before the first journal exists (not when a journal
    // is named, nor for screenshots and benchmarks). Help ▸ Set up again… asks them later.
    std::optional<cpd::FirstRun::Answers> firstRun;
    if (!parser.isSet(dbOption) && qEnvironmentVariableIsEmpty("CPDJOURNAL_DB") && !parser.isSet(screenshotOption)
        && !parser.isSet(quitAfterPaintOption)) {
        QSettings settings;
        if (cpd::FirstRun::isDue(settings))
            firstRun = cpd::FirstRun::ask(settings);
    }
    const QString path = cpd::JournalLocation::resolve(parser.value(dbOption));
    static const cpd::SystemClock clock;
    // A damaged journal is met with its latest good automatic backup (core/backup).
    cpd::JournalStartup startup(clock);
    auto db = startup.open(path);
    if (!db) {
        cpd::MessageBox::critical(nullptr, QApplication::translate("main", "CPD Journal"),
                                  QApplication::translate("main", "The journal %1 could not be opened.\n\n%2")
                                      .arg(path, db.error().message));
        std::fprintf(stderr, "cpdjournal: %s\n", qPrintable(db.error().message));
        return 1;
    }

    if (firstRun) {
        if (auto saved = cpd::FirstRun::save(*firstRun, **db, clock); !saved)
            cpd::MessageBox::warning(nullptr, QApplication::translate("main", "CPD Journal"), saved.error().message);
    }
    cpd::MainWindow window(std::move(*db), clock);
    // The window installs its areas (Journal, Trash, Topics, Revalidation…) itself, as sample
    // journal windows do; each is built when first shown.
    const bool screenshot = parser.isSet(screenshotOption);
    const bool quitAfterPaint = parser.isSet(quitAfterPaintOption);
    if (screenshot || quitAfterPaint) {
        auto* watcher = new cpd::FirstPaintWatcher(&window);
        // The picture (and the benchmark's exit) waits for the dashboard's figures, which are
        // worked out in the background and may arrive after the first paint.
        const auto finish = [&window, &parser, &screenshotOption, screenshot] {
            if (!screenshot)
                return QApplication::exit(0);
            // The picture waits a moment more: what the figures change (the table's rows, the
            // chart's axes and legend, the splitter's share) is laid out and repainted over the
            // next turns of the event loop, and a grab straight away caught it half done.
            QTimer::singleShot(300, &window, [&window, &parser, &screenshotOption] {
                const QString file = parser.value(screenshotOption);
                if (!window.grab().save(file, "PNG")) {
                    std::fprintf(stderr, "cpdjournal: could not save the screenshot to %s\n", qPrintable(file));
                    QApplication::exit(1);
                    return;
                }
                QApplication::exit(0);
            });
        };
        QObject::connect(watcher, &cpd::FirstPaintWatcher::firstPaint, &window, [&, finish] {
            if (quitAfterPaint) {
                // Since main(), and the monotonic clock's reading, from which the benchmark
                // counts from the moment it started the process (dynamic loading included).
                QElapsedTimer now;
                now.start();
                // The main thread's CPU time since the process started: steadier than wall time
                // on a busy machine.
                timespec cpu{};
                clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
                std::printf("first-paint-thread-cpu-ms: %.1f\n", cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6);
                std::printf("first-paint-ms: %lld\nfirst-paint-monotonic-ns: %lld\n",
                            static_cast<long long>(sinceStart.elapsed()),
                            static_cast<long long>(now.msecsSinceReference()) * 1000000LL);
                std::fflush(stdout);
            }
            auto* dashboard = qobject_cast<cpd::RevalidationDashboard*>(window.areaIfMade(cpd::RevalidationArea::kId));
            // The dashboard works its figures out once it has painted: behind another area it
            // never does, and there are no figures to wait for.
            if (!dashboard || !dashboard->isVisible() || !dashboard->isUpdating())
                return finish();
            QObject::connect(
                dashboard, &cpd::RevalidationDashboard::statusShown, &window,
                [&, finish] {
                    if (quitAfterPaint) {
                        std::printf("figures-shown-ms: %lld\n", static_cast<long long>(sinceStart.elapsed()));
                        std::fflush(stdout);
                    }
                    finish();
                },
                Qt::SingleShotConnection);
        });
    }
    startup.attach(window);
    QObject::connect(&startup, &cpd::JournalStartup::restartRequested, &app, [](const QString& message) {
        std::fprintf(stderr, "cpdjournal: %s\n", qPrintable(message));
        QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        QApplication::exit(0);
    });
    window.show();
    if (parser.isSet(areaOption))
        window.showArea(parser.value(areaOption));
    if (parser.isSet(entryOption)) {
        window.showArea(QStringLiteral("journal"));
        window.journalPage()->openEntry(parser.value(entryOption));
    }
    if (firstRun && firstRun->openSample)
        QTimer::singleShot(0, &window, [&window] { window.openSampleJournal(); });
    if (!screenshot && !quitAfterPaint)
        QTimer::singleShot(0, &window, [&window] { cpd::RevalidationArea::remindIfDue(window); });
    return app.exec();
}
