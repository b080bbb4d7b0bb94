#include "help/HelpWindow.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QPointer>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cpd {

HelpWindow::HelpWindow(QWidget* parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("HelpWindow"));
    setWindowTitle(tr("CPD Journal guide"));
    setAccessibleName(tr("CPD Journal guide"));
    resize(720, 640);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Guide text"));
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    // Links to the regulators' sites open in the browser; the guide's own pages open here.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto* back = new QPushButton(tr("&Back"), this);
    back->setAccessibleName(tr("Back to the previous page"));
    back->setEnabled(false);
    auto* contents = new QPushButton(tr("&Contents"), this);
    contents->setAccessibleName(tr("Contents of the guide"));
    auto* close = new QPushButton(tr("C&lose"), this);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(contents, &QPushButton::clicked, this, [this] { open(QStringLiteral("index.html")); });
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(contents);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addLayout(buttons);
    open(QStringLiteral("index.html"));
}

void HelpWindow::open(const QString& page)
{
    m_browser->setSource(QUrl(QStringLiteral("qrc:/help/") + page));
}

HelpWindow* HelpWindow::showPage(const QString& page)
{
    static QPointer<HelpWindow> window;
    if (!window) {
        window = new HelpWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setAttribute(Qt::WA_QuitOnClose, false);
    }
    window->open(page);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

} // namespace cpd
