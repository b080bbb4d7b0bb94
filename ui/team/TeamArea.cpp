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

void TeamArea::install(MainWindow& window)
{
    // The page is made when the area is first shown (or a Team menu action needs it).
    window.addArea(kId, TeamPage::tr("Team"), window.style()->standardIcon(QStyle::SP_DirHomeIcon),
                   [&window]() -> QWidget* {
                       JournalSession& session = window.session();
                       auto* page = new TeamPage(session.database(), session.clock(), session.topics());
                       QObject::connect(page, &TeamPage::statusMessage, &window, [&window](const QString& message) {
                           window.statusBar()->showMessage(message, 8000);
                       });
                       return page;
                   });
    const auto made = [&window] { return qobject_cast<TeamPage*>(window.area(kId)); };
    const auto page = [&window, made] {
        window.showArea(kId);
        return made();
    };

    QMenu* menu = window.menuBar()->addMenu(TeamPage::tr("Tea&m"));
    menu->setObjectName(QStringLiteral("teamMenu"));
    QAction* import = menu->addAction(TeamPage::tr("&Import bundles…"), &window, [page] { page()->chooseAndImport(); });
    import->setObjectName(QStringLiteral("importBundlesAction"));
    QAction* exportSummary =
        menu->addAction(TeamPage::tr("E&xport my summary…"), &window, [made] { made()->exportMySummary(); });
    exportSummary->setObjectName(QStringLiteral("exportSummaryAction"));
    menu->addSeparator();
    QAction* report =
        menu->addAction(TeamPage::tr("Team &report (PDF)…"), &window, [page] { page()->chooseAndWriteReport(); });
    report->setObjectName(QStringLiteral("teamReportAction"));
    new BeforeLastMenu(window.menuBar(), menu);
}

QMenu* TeamArea::menu(MainWindow& window)
{
    return window.menuBar()->findChild<QMenu*>(QStringLiteral("teamMenu"));
}

} // namespace cpd
