#include "revalidation/RevalidationArea.h"

#include "common/MessageBox.h"
#include "journal/JournalPage.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "revalidation/RevalidationDashboard.h"

#include <QStyle>

namespace cpd {

RevalidationDashboard* RevalidationArea::install(MainWindow& window)
{
    // Every MainWindow installs the area itself; a second install hands back the same dashboard.
    if (auto* installed = qobject_cast<RevalidationDashboard*>(window.area(kId))) {
        if (installed->hasProfile())
            window.showArea(kId);
        return installed;
    }
    JournalSession& session = window.session();
    auto* dashboard = new RevalidationDashboard(session.database(), session.clock());
    window.addArea(kId, RevalidationDashboard::tr("Revalidation"),
                   window.style()->standardIcon(QStyle::SP_DialogApplyButton), dashboard);
    if (JournalPage* journal = window.journalPage()) {
        QObject::connect(journal, &JournalPage::journalChanged, dashboard, &RevalidationDashboard::refresh);
        QObject::connect(dashboard, &RevalidationDashboard::openEntryRequested, &window, [&window, journal](const QString& id) {
            window.showArea(QStringLiteral("journal"));
            journal->openEntry(id);
        });
    }
    if (dashboard->hasProfile())
        window.showArea(kId);
    return dashboard;
}

void RevalidationArea::remindIfDue(MainWindow& window, RevalidationDashboard& dashboard)
{
    if (const auto text = dashboard.reminder())
        MessageBox::information(&window, RevalidationDashboard::tr("Revalidation deadline"), *text);
}

} // namespace cpd
