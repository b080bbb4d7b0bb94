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
    // One line across the window (a toolbar gives a word-wrapped label only its narrow hint).
    banner->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    banner->setFocusPolicy(Qt::TabFocus);
    banner->setAccessibleName(MainWindow::tr("This journal is read-only"));
    banner->setAccessibleDescription(reason);
    // Dark text on pale amber reads the same in light and dark themes (contrast above 12:1).
    banner->setStyleSheet(QStringLiteral("QLabel#readOnlyBanner { background: #fff4ce; color: #3b2f00; "
                                         "border: 1px solid #e0c060; border-radius: 3px; padding: 6px 10px; }"));
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
