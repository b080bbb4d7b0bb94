#include "evidence/EvidenceArea.h"

#include "evidence/EvidencePage.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "privacy/IdentifierCheck.h"

#include <QStatusBar>
#include <QStyle>

namespace cpd {

void EvidenceArea::install(MainWindow& window)
{
    // Case notes pass the confidentiality scanner (less what the person dismissed) before saving.
    install(window, window.session().identifierCheck());
}

void EvidenceArea::install(MainWindow& window, const IdentifierCheck& check)
{
    // The page is made when first shown.
    window.addArea(kId, EvidencePage::tr("Evidence"), window.style()->standardIcon(QStyle::SP_FileDialogInfoView),
                   [&window, &check]() -> QWidget* { return make(window, check); });
}

EvidencePage* EvidenceArea::make(MainWindow& window, const IdentifierCheck& check)
{
    auto* page = new EvidencePage(window.session(), check);
    QObject::connect(page, &EvidencePage::statusMessage, &window,
                     [&window](const QString& message) { window.statusBar()->showMessage(message, 6000); });
    page->setSelectedEntryProvider([&window] { return window.selectedEntryId(); });
    // Entries made or changed from evidence: the journal list and every other area refresh.
    QObject::connect(page, &EvidencePage::journalChanged, &window, &MainWindow::notifyJournalChanged);
    QObject::connect(page, &EvidencePage::entryCreated, &window, &MainWindow::notifyJournalChanged);
    QObject::connect(&window, &MainWindow::journalChanged, page, [page] { page->reload(); });
    return page;
}

} // namespace cpd
