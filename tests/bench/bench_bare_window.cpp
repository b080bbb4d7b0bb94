// The floor for start-up: a bare Qt Widgets window that paints one label, then quits, printing
// first-paint-ms (and the main thread's CPU time until then) the same way cpdjournal --quit-after-paint does.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

#include <ctime>

namespace {
QElapsedTimer g_sinceMain;

class Label : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent* e) override
    {
        QLabel::paintEvent(e);
        if (!m_painted) {
            m_painted = true;
            QElapsedTimer now;
            now.start();
            timespec cpu{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
            QTextStream(stdout) << "first-paint-thread-cpu-ms: " << QString::number(cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6, 'f', 1)
                                << "\nfirst-paint-ms: " << g_sinceMain.elapsed() << "\nfirst-paint-monotonic-ns: "
                                << now.msecsSinceReference() * 1000000LL << Qt::endl;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char* argv[])
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    Label label(QStringLiteral("CPD Journal"));
    label.resize(1100, 700);
    label.show();
    return app.exec();
}
