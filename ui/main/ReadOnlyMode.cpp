#include "main/ReadOnlyMode.h"

#include "editor/EntryEditor.h"
#include "journal/JournalPage.h"
#include "main/MainWindow.h"
#include "main/WelcomePage.h"

#include <QAction>
#include <QLabel>
#include <QToolBar>

namespace cpd {

QToolBar* ReadOnlyMode::apply(MainWindow& window, const QString& reason)
{
    auto* bar = new QToolBar(MainWindow::tr("Read-only"), &window);
    bar->setObjectName(QStringLiteral("readOnlyBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    auto* banner = new QLabel(MainWindow::tr("Read-only: %1").arg(reason), bar);
    banner->setObjectName(QStringLiteral("readOnlyBanner"));
    banner->setWordWrap(true);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    banner->setFocusPolicy(Qt::TabFocus);
    banner->setAccessibleName(MainWindow::tr("This journal is read-only"));
    banner->setAccessibleDescription(reason);
    banner->setContentsMargins(8, 4, 8, 4);
    banner->setStyleSheet(QStringLiteral("QLabel { background: palette(tooltip-base); color: palette(tooltip-text); }"));
    bar->addWidget(banner);
    window.addToolBarBreak(Qt::TopToolBarArea);
    window.addToolBar(Qt::TopToolBarArea, bar);

    for (QAction* action : {window.newEntryAction(), window.saveAction(), window.trashAction(), window.undoAction(),
                            window.redoAction()})
        action->setEnabled(false);
    window.journalPage()->editor()->setEnabled(false);
    window.welcomePage()->setEnabled(false);
    return bar;
}

} // namespace cpd
