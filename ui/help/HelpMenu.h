#pragma once

#include <QCoreApplication>

class QMenu;

namespace cpd {

class MainWindow;

// The Help menu's actions: the guide (F1), Set up again… (the first-run questions) and About.
class HelpMenu
{
    Q_DECLARE_TR_FUNCTIONS(HelpMenu)
public:
    static void populate(MainWindow& window, QMenu* help);
};

} // namespace cpd
