#include "firstrun/FirstRun.h"

#include "common/MessageBox.h"
#include "firstrun/FirstRunWizard.h"
#include "main/JournalSession.h"
#include "main/MainWindow.h"
#include "revalidation/RevalidationDashboard.h"
#include "standards/ProfileRepository.h"
#include "storage/JournalLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cpd {

bool FirstRun::isDone(const QSettings& settings)
{
    return settings.value(QLatin1String(kDoneKey), false).toBool();
}

void FirstRun::markDone(QSettings& settings)
{
    settings.setValue(QLatin1String(kDoneKey), true);
    settings.sync();
}

bool FirstRun::isDue(const QSettings& settings)
{
    return !isDone(settings) && !QFileInfo::exists(JournalLocation::defaultPath());
}

std::optional<FirstRun::Answers> FirstRun::ask(QSettings& settings, QWidget* parent)
{
    FirstRunWizard wizard(std::nullopt, JournalLocation::folder(), parent);
    const bool accepted = wizard.exec() == QDialog::Accepted;
    markDone(settings);
    if (!accepted)
        return std::nullopt;
    JournalLocation::setFolder(wizard.folder());
    return Answers{wizard.profile(), wizard.openSample()};
}

Status FirstRun::save(const Answers& answers, Database& db, const Clock& clock)
{
    return ProfileRepository(db, clock).save(answers.profile);
}

void FirstRun::askAgain(MainWindow& window)
{
    JournalSession& session = window.session();
    ProfileRepository profiles(session.database(), session.clock());
    auto current = profiles.load();
    if (!current) {
        MessageBox::warning(&window, QCoreApplication::translate("FirstRun", "Set up CPD Journal"), current.error().message);
        return;
    }
    FirstRunWizard wizard(*current, QFileInfo(session.path()).absolutePath(), &window);
    wizard.setFolderFixed(QCoreApplication::translate(
        "FirstRun", "This journal stays where it is. To keep a journal elsewhere, move its file while "
                    "CPD Journal is closed and start it with --db FILE."));
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (auto saved = profiles.save(wizard.profile()); !saved) {
        MessageBox::warning(&window, QCoreApplication::translate("FirstRun", "Set up CPD Journal"), saved.error().message);
        return;
    }
    if (RevalidationDashboard* dashboard = window.revalidation())
        dashboard->refresh();
    if (wizard.openSample())
        window.openSampleJournal();
}

} // namespace cpd
