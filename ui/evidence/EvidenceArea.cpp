#include "evidence/EvidenceArea.h"

#include "evidence/EvidencePage.h"
#include "journal/JournalPage.h"
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
    if (JournalPage* journal = window.journalPage()) {
        page->setSelectedEntryProvider([journal] { return journal->selectedId(); });
        // The journal page's own signal: the window, the trash and other areas refresh on it.
        const auto journalChanged = [journal] {
            journal->reload();
            emit journal->journalChanged();
        };
        QObject::connect(page, &EvidencePage::journalChanged, journal, journalChanged);
        QObject::connect(page, &EvidencePage::entryCreated, journal, journalChanged);
        QObject::connect(journal, &JournalPage::journalChanged, page, [page] { page->reload(); });
    }
    return page;
}

} // namespace cpd
