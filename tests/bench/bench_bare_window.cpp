// The floor for start-up: a bare Qt Widgets window that paints one label, then quits, printing
// first-paint-ms the same way cpdjournal --quit-after-paint does.
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTextStream>
#include <QTimer>

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
            QTextStream(stdout) << "first-paint-ms: " << g_sinceMain.elapsed() << "\nfirst-paint-monotonic-ns: "
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
