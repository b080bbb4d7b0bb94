// The journal list in the real main window over a large journal: opening it (window made, list
// painted with its first rows), dragging the scroll bar from the top to the end in 100 steps
// (each step painted before the next), and a jump to the end (Ctrl+End); with the peak memory of
// the whole GUI process. Opening is also given as the main thread's CPU time (open_cpu_ms), which
// a busy machine inflates far less than the wall time. Prints one JSON object:
//   bench_gui_list JOURNAL
// Run it with a display (make bench starts a private Xvfb) or QT_QPA_PLATFORM=offscreen.
#include "journal/JournalPage.h"
#include "main/AppStyle.h"
#include "main/MainWindow.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include "BenchStats.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QScrollBar>
#include <QTableView>

using namespace cpd;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Paints the view now, as the next frame would, so each step's cost is measured in full.
double paintedMs(QTableView* view)
{
    QElapsedTimer t;
    t.start();
    QCoreApplication::processEvents();
    view->viewport()->repaint();
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    AppStyle::apply(app);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_gui_list JOURNAL\n";
        return 2;
    }
    QElapsedTimer open;
    const double openCpu = threadCpuMs();
    open.start();
    auto db = Database::open(args.at(1));
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 1;
    }
    static const SystemClock clock;
    MainWindow window(std::move(*db), clock);
    window.showArea(QStringLiteral("journal")); // as if the person clicked Journal
    window.show();
    QTableView* view = window.journalPage()->listView();
    const double openMs = double(open.nsecsElapsed()) / 1e6 + paintedMs(view);
    const double openCpuMs = threadCpuMs() - openCpu;

    QScrollBar* bar = view->verticalScrollBar();
    const int rows = view->model()->rowCount();
    QList<double> steps;
    for (int i = 1; i <= 100; ++i) {
        bar->setValue(int(qint64(bar->maximum()) * i / 100));
        steps << paintedMs(view);
    }
    bar->setValue(0);
    paintedMs(view);
    QElapsedTimer end;
    end.start();
    view->scrollToBottom();
    const double jumpMs = double(end.nsecsElapsed()) / 1e6 + paintedMs(view);
    const bool atEnd = bar->value() == bar->maximum() && view->indexAt(view->viewport()->rect().bottomLeft()).row() >= 0;

    QJsonObject out;
    out.insert(QStringLiteral("rows"), rows);
    out.insert(QStringLiteral("open_ms"), openMs);
    out.insert(QStringLiteral("open_cpu_ms"), openCpuMs);
    out.insert(QStringLiteral("scroll_step"), bench::stats(steps));
    double total = 0;
    for (const double s : std::as_const(steps))
        total += s;
    out.insert(QStringLiteral("scroll_to_end_ms"), total);
    out.insert(QStringLiteral("jump_to_end_ms"), jumpMs);
    out.insert(QStringLiteral("reached_end"), atEnd);
    bench::print(out);
    return atEnd ? 0 : 1;
}
