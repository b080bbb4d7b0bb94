#pragma once

#include <QString>

class QMenu;

namespace cpd {

class MainWindow;

// Puts the Team area (the manager's dashboard) into a main window: its navigation entry, its
// status messages, and a Team menu (Import bundles…, Export my summary…, Team report (PDF)…)
// placed before Help once the window has made its menus.
class TeamArea
{
public:
    static inline const QString kId = QStringLiteral("team");

    // Adds the area (its page is made when first shown) and the Team menu.
    static void install(MainWindow& window);
    // The Team menu install() adds (nullptr before the window made its menu bar).
    static QMenu* menu(MainWindow& window);
};

} // namespace cpd
