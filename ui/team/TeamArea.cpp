#include "team/TeamArea.h"

#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "team/TeamPage.h"

#include <QActionEvent>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QStyle>

namespace cpd {
namespace {

// Keeps the Team menu just before the menu bar's last menu (Help), whatever order the window
// adds its own menus in after the area is installed.
class BeforeLastMenu : public QObject
{
public:
    BeforeLastMenu(QMenuBar* bar, QMenu* menu) : QObject(menu), m_bar(bar), m_menu(menu)
    {
        bar->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_bar && event->type() == QEvent::ActionAdded) {
            QAction* added = static_cast<QActionEvent*>(event)->action();
            if (added != m_menu->menuAction() && !m_moving) {
                m_moving = true;
                m_bar->removeAction(m_menu->menuAction());
                m_bar->insertAction(added, m_menu->menuAction());
                m_moving = false;
            }
        }
        return false;
    }

private:
    QMenuBar* m_bar;
    QMenu* m_menu;
    bool m_moving = false;
};

} // namespace

TeamPage* TeamArea::install(MainWindow& window)
{
    JournalSession& session = window.session();
    auto* page = new TeamPage(session.database(), session.clock(), session.topics());
    window.addArea(kId, TeamPage::tr("Team"), window.style()->standardIcon(QStyle::SP_DirHomeIcon),
                   page);
    QObject::connect(page, &TeamPage::statusMessage, &window, [&window](const QString& message) {
        window.statusBar()->showMessage(message, 8000);
    });

    QMenu* menu = window.menuBar()->addMenu(TeamPage::tr("Tea&m"));
    menu->setObjectName(QStringLiteral("teamMenu"));
    const auto showTeam = [&window] { window.showArea(kId); };
    QAction* import = menu->addAction(TeamPage::tr("&Import bundles…"), page, [page, showTeam] {
        showTeam();
        page->chooseAndImport();
    });
    import->setObjectName(QStringLiteral("importBundlesAction"));
    QAction* exportSummary =
        menu->addAction(TeamPage::tr("E&xport my summary…"), page, &TeamPage::exportMySummary);
    exportSummary->setObjectName(QStringLiteral("exportSummaryAction"));
    menu->addSeparator();
    QAction* report = menu->addAction(TeamPage::tr("Team &report (PDF)…"), page, [page, showTeam] {
        showTeam();
        page->chooseAndWriteReport();
    });
    report->setObjectName(QStringLiteral("teamReportAction"));
    new BeforeLastMenu(window.menuBar(), menu);
    return page;
}

QMenu* TeamArea::menu(MainWindow& window)
{
    return window.menuBar()->findChild<QMenu*>(QStringLiteral("teamMenu"));
}

} // namespace cpd
