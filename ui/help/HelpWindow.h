#pragma once

#include <QWidget>

class QTextBrowser;

namespace cpd {

// The built-in guide (HTML in ui/help/content, compiled in under :/help): reflective writing and
// what each regulator asks. One window per application; F1 shows it.
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget* parent = nullptr);

    // The window, made on first use and raised; page is a file under :/help (index.html…).
    static HelpWindow* showPage(const QString& page = QStringLiteral("index.html"));
    void open(const QString& page);
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser;
};

} // namespace cpd
