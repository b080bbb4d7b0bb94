#include "revalidation/RevalidationArea.h"

#include "common/MessageBox.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "revalidation/RevalidationDashboard.h"
#include "standards/DeadlineReminder.h"
#include "standards/ProfileRepository.h"
#include "standards/StandardRegistry.h"

#include <QStyle>

namespace cpd {

void RevalidationArea::install(MainWindow& window)
{
    // Every MainWindow installs the area itself, once.
    if (window.areas().contains(kId))
        return;
    // The dashboard is made when first shown; a journal with a profile shows it first.
    window.addArea(kId, RevalidationDashboard::tr("Revalidation"),
                   window.style()->standardIcon(QStyle::SP_DialogApplyButton), [&window]() -> QWidget* {
                       JournalSession& session = window.session();
                       auto* dashboard =
                           new RevalidationDashboard(session.database(), session.clock(), window.areaParent());
                       QObject::connect(&window, &MainWindow::journalChanged, dashboard, &RevalidationDashboard::refresh);
                       QObject::connect(dashboard, &RevalidationDashboard::openEntryRequested, &window, &MainWindow::openEntry);
                       return dashboard;
                   });
    const auto profile = ProfileRepository(window.session().database(), window.session().clock()).load();
    if (profile && *profile)
        window.showArea(kId);
}

void RevalidationArea::remindIfDue(MainWindow& window)
{
    JournalSession& session = window.session();
    if (const auto text = DeadlineReminder::forJournal(session.database(), StandardRegistry::withBuiltIns(), session.clock()))
        MessageBox::information(&window, RevalidationDashboard::tr("Revalidation deadline"), *text);
}

} // namespace cpd
