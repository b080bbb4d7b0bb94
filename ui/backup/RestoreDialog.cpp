#include "backup/RestoreDialog.h"

#include "backup/BackgroundTask.h"
#include "backup/BackupChecker.h"
#include "backup/BackupPassphrases.h"
#include "backup/BackupService.h"
#include "backup/JournalRestorer.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cpd {

namespace {

constexpr int kPathRole = Qt::UserRole;
constexpr int kUsableRole = Qt::UserRole + 1;
constexpr int kEncryptedRole = Qt::UserRole + 2;

QString kindLabel(const QString& kind)
{
    if (kind == QLatin1String("daily"))
        return RestoreDialog::tr("Daily");
    if (kind == QLatin1String("manual"))
        return RestoreDialog::tr("Made by you");
    if (kind == QLatin1String("upgrade"))
        return RestoreDialog::tr("Before an upgrade");
    return RestoreDialog::tr("Chosen file");
}

} // namespace

RestoreDialog::RestoreDialog(QString journalPath, const Clock& clock, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_journalPath(std::move(journalPath)), m_clock(clock), m_secrets(secrets)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    resize(720, 400);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose a backup to put in place of the journal. The journal it replaces is kept "
                                "beside it, and a damaged backup changes nothing."),
                             this);
    intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setAccessibleDescription(tr("Date, kind, size, number of entries and whether each backup passed its check"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Size"), tr("Entries"), tr("Check")});
    m_list->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    auto* listLabel = new QLabel(tr("&Backups:"), this);
    listLabel->setBuddy(m_list);

    m_passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase of the encrypted backup"));
    m_passphraseLabel->setBuddy(m_passphrase);
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphraseLabel);
    passRow->addWidget(m_passphrase, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_choose = buttons->addButton(tr("C&hoose File…"), QDialogButtonBox::ActionRole);
    m_choose->setAccessibleName(tr("Choose a backup file"));
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    m_restore->setDefault(true);

    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addLayout(passRow);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::updateSelection);
    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Restore from"), QString(),
                                                            tr("Journal backups (*.cpdj *.enc);;All files (*)"));
        if (!chosen.isEmpty())
            addFile(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    updateSelection();
}

void RestoreDialog::addRow(const BackupInfo& b)
{
    auto* item = new QTreeWidgetItem(m_list);
    item->setText(0, QLocale().toString(b.created, QLocale::ShortFormat));
    item->setText(1, kindLabel(b.kind));
    item->setText(2, QLocale().formattedDataSize(b.size, 1));
    item->setText(3, b.entries >= 0 ? QLocale().toString(b.entries) : QString());
    item->setText(4, b.ok ? tr("Good") : b.encrypted ? tr("Encrypted: checked when restored") : b.problem);
    item->setToolTip(0, b.path);
    item->setData(0, kPathRole, b.path);
    item->setData(0, kUsableRole, b.ok || b.encrypted);
    item->setData(0, kEncryptedRole, b.encrypted);
}

void RestoreDialog::loadBackups()
{
    QList<BackupInfo> found;
    const QString journalPath = m_journalPath;
    const Clock& clock = m_clock;
    const Status done = BackgroundTask::run(this, tr("Checking the backups…"), [&](const BackgroundTask::Progress& progress) -> Status {
        const QList<BackupInfo> names = BackupService(journalPath, clock).list(false);
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!progress(int(i * 100 / names.size())))
                return fail(tr("Checking was cancelled."));
            BackupInfo checked = BackupChecker::inspect(names.at(i).path);
            checked.created = names.at(i).created;
            checked.kind = names.at(i).kind;
            found << checked;
        }
        return {};
    });
    m_list->clear();
    for (const BackupInfo& b : std::as_const(found))
        addRow(b);
    if (!done)
        MessageBox::warning(this, windowTitle(), done.error().message);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, kUsableRole).toBool()) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            break;
        }
    }
    updateSelection();
}

void RestoreDialog::addFile(const QString& path)
{
    BackupInfo info = BackupChecker::inspect(path);
    info.kind.clear();
    addRow(info);
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
}

void RestoreDialog::updateSelection()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const bool encrypted = item && item->data(0, kEncryptedRole).toBool();
    m_restore->setEnabled(item && item->data(0, kUsableRole).toBool());
    m_passphraseLabel->setVisible(encrypted);
    m_passphrase->setVisible(encrypted);
    if (encrypted && m_passphrase->text().isEmpty() && m_secrets) {
        if (auto known = BackupPassphrases(*m_secrets).recall(m_journalPath); known && known->has_value())
            m_passphrase->setText(QString::fromUtf8(**known));
    }
}

void RestoreDialog::accept()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !item->data(0, kUsableRole).toBool())
        return;
    const QString backup = item->data(0, kPathRole).toString();
    const bool encrypted = item->data(0, kEncryptedRole).toBool();
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    if (encrypted && passphrase.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("This backup is encrypted: type its passphrase."));
        m_passphrase->setFocus();
        return;
    }
    if (MessageBox::question(this, windowTitle(),
                             tr("Put the backup from %1 in place of the journal? The journal now open is kept beside it, "
                                "and CPD Journal reopens the restored one.")
                                 .arg(item->text(0)))
        != QMessageBox::Yes)
        return;
    const QString journalPath = m_journalPath;
    const Clock& clock = m_clock;
    QString aside;
    const Status done = BackgroundTask::run(this, tr("Restoring the backup…"), [&](const BackgroundTask::Progress& progress) -> Status {
        auto restored = JournalRestorer::restore(backup, journalPath, clock, passphrase, [&](qint64 at, qint64 total) {
            return progress(total > 0 ? int(at * 100 / total) : 0);
        });
        if (!restored)
            return std::unexpected(restored.error());
        aside = restored->keptAside;
        return {};
    });
    if (!done) {
        MessageBox::critical(this, windowTitle(), done.error().message);
        return;
    }
    m_keptAside = aside;
    QDialog::accept();
}

} // namespace cpd
