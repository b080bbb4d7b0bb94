#pragma once

#include <QString>

namespace cpd {

class MainWindow;

// Puts the Revalidation dashboard into a main window: its navigation area, the first page shown
// once a profile exists, links to the journal, and the start-up reminder.
class RevalidationArea
{
public:
    static inline const QString kId = QStringLiteral("revalidation");

    // Adds the area (its dashboard is made when first shown) and, when the journal has a
    // profile, shows it first.
    static void install(MainWindow& window);
    // Tells the person, once, when an application date is near (DeadlineReminder's days).
    static void remindIfDue(MainWindow& window);
};

} // namespace cpd
