#include "team/TeamExportDialog.h"

#include "common/MessageBox.h"
#include "journal/EntryRepository.h"
#include "standards/StandardRegistry.h"
#include "team/TeamBundle.h"
#include "team/TeamIdentity.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cpd {

TeamExportDialog::TeamExportDialog(Database& db, const Clock& clock, SecretStore& secrets,
                                   const TopicCatalogue& catalogue, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_secrets(secrets), m_catalogue(catalogue)
{
    setWindowTitle(tr("Export my summary"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your manager receives your progress, hours and topics as numbers. "
                                "Tick only the entries "
                                "you want them to read in full, reflection included; nothing else "
                                "of your writing is sent."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_identity);

    auto* listLabel = new QLabel(tr("&Entries to share:"), this);
    m_entries = new QListWidget(this);
    m_entries->setObjectName(QStringLiteral("shareList"));
    m_entries->setAccessibleName(tr("Entries to share"));
    m_entries->setAccessibleDescription(tr("Space ticks or unticks the current entry"));
    listLabel->setBuddy(m_entries);
    layout->addWidget(listLabel);
    layout->addWidget(m_entries, 1);

    auto* none = new QPushButton(tr("Share &none"), this);
    none->setAccessibleName(tr("Share no entries"));
    connect(none, &QPushButton::clicked, this, [this] { setShared({}); });
    layout->addWidget(none, 0, Qt::AlignLeft);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save bundle…"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveBundleButton"));
    m_save->setAccessibleName(tr("Save bundle"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &TeamExportDialog::chooseFileAndExport);
    layout->addWidget(buttons);

    loadEntries();
    updateIdentity();
    resize(560, 520);
}

void TeamExportDialog::loadEntries()
{
    auto list = EntryRepository(m_db, m_clock).summaries({}, 0, 100000);
    if (!list)
        return showFailure(tr("Could not read your entries: %1").arg(list.error().message));
    for (const EntrySummary& e : std::as_const(*list)) {
        auto* item = new QListWidgetItem(
            tr("%1  %2").arg(QLocale().toString(e.date, QLocale::ShortFormat), e.title), m_entries);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void TeamExportDialog::updateIdentity()
{
    auto identity = TeamIdentity(m_db, m_secrets, m_clock).load();
    if (!identity)
        return m_identity->setText(
            tr("Could not read your signing identity: %1").arg(identity.error().message));
    if (!identity->has_value())
        return m_identity->setText(
            tr("You have no signing key yet: one is made in your system keychain when you save. "
               "Read its fingerprint to your manager so they can check your first bundle."));
    m_identity->setText(tr("Your key fingerprint (read it to your manager if they ask): %1")
                            .arg((*identity)->fingerprint()));
}

QStringList TeamExportDialog::sharedEntryIds() const
{
    QStringList ids;
    for (int i = 0; i < m_entries->count(); ++i) {
        if (m_entries->item(i)->checkState() == Qt::Checked)
            ids << m_entries->item(i)->data(Qt::UserRole).toString();
    }
    return ids;
}

void TeamExportDialog::setShared(const QStringList& ids)
{
    for (int i = 0; i < m_entries->count(); ++i) {
        QListWidgetItem* item = m_entries->item(i);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    }
}

void TeamExportDialog::showFailure(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
    MessageBox::critical(this, windowTitle(), message);
}

void TeamExportDialog::chooseFileAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save my summary"), QDir::home().filePath(QStringLiteral("my-summary.cpdteam")),
        tr("Team summary bundles (*.cpdteam)"));
    if (path.isEmpty())
        return;
    if (exportTo(path))
        accept();
}

Status TeamExportDialog::exportTo(const QString& path)
{
    TeamIdentity identities(m_db, m_secrets, m_clock);
    auto identity = identities.load();
    if (identity && !identity->has_value()) {
        auto made = identities.generate(false);
        if (made)
            identity = std::optional(*made);
        else
            identity = std::unexpected(made.error());
    }
    if (!identity) {
        const QString message =
            tr("Your signing key could not be made or read in the system keychain, so nothing was "
               "saved: %1\nUnlock your keyring (or start it) and try again.")
                .arg(identity.error().message);
        showFailure(message);
        return fail(message);
    }
    updateIdentity();
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    auto bundle = identities.exportBundle(standards, m_catalogue, sharedEntryIds());
    if (!bundle) {
        const QString message = tr("Your summary was not saved: %1\nIf the system keychain is "
                                   "locked or missing, unlock "
                                   "or start it and try again.")
                                    .arg(bundle.error().message);
        showFailure(message);
        return fail(message);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bundle) != bundle->size() ||
        !file.commit()) {
        const QString message =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        showFailure(message);
        return fail(message);
    }
    m_problem->hide();
    return {};
}

} // namespace cpd
