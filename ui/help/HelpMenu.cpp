#include "help/HelpMenu.h"

#include "firstrun/FirstRun.h"
#include "help/AboutDialog.h"
#include "help/HelpWindow.h"
#include "main/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace cpd {

void HelpMenu::populate(MainWindow& window, QMenu* help)
{
    QAction* guide = help->addAction(tr("CPD Journal &guide"), &window, [] { HelpWindow::showPage(); });
    guide->setObjectName(QStringLiteral("guideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setShortcutContext(Qt::ApplicationShortcut);
    help->addAction(tr("Writing a good &reflection"), &window,
                    [] { HelpWindow::showPage(QStringLiteral("reflective-writing.html")); });
    help->addAction(tr("What your &regulator asks"), &window,
                    [] { HelpWindow::showPage(QStringLiteral("regulators.html")); });
    help->addSeparator();
    QAction* setup = help->addAction(tr("&Set up again…"), &window, [&window] { FirstRun::askAgain(window); });
    setup->setObjectName(QStringLiteral("setupAgainAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About CPD Journal"), &window, [&window] {
        AboutDialog dialog(&window);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

} // namespace cpd
