#include "backup/BackUpDialog.h"

#include "backup/BackgroundTask.h"
#include "backup/BackupPassphrases.h"
#include "backup/BackupService.h"
#include "common/MessageBox.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cpd {

BackUpDialog::BackUpDialog(QString journalPath, const Clock& clock, SecretStore* secrets, QWidget* parent)
    : QDialog(parent), m_journalPath(std::move(journalPath)), m_clock(clock), m_secrets(secrets)
{
    setWindowTitle(tr("Back Up Now"));
    setObjectName(QStringLiteral("backUpDialog"));
    auto* layout = new QVBoxLayout(this);

    m_toFolder = new QRadioButton(tr("Into the journal's &backups folder (%1)").arg(BackupService::folderFor(m_journalPath)), this);
    m_toFolder->setAccessibleName(tr("Back up into the backups folder"));
    m_toFolder->setChecked(true);
    m_toFile = new QRadioButton(tr("To another &file (for example on a USB stick):"), this);
    m_toFile->setAccessibleName(tr("Back up to another file"));
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("Backup file"));
    m_browse = new QPushButton(tr("Bro&wse…"), this);
    m_browse->setAccessibleName(tr("Choose the backup file"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase"), this);
    m_encrypt->setAccessibleDescription(tr("Without the passphrase nobody, including you, can open the backup."));
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm = new QLineEdit(this);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Passphrase again"));
    m_remember = new QCheckBox(tr("&Remember the passphrase in the system keychain"), this);
    m_remember->setEnabled(m_secrets != nullptr);
    auto* form = new QFormLayout;
    auto* passLabel = new QLabel(tr("&Passphrase:"), this);
    passLabel->setBuddy(m_passphrase);
    auto* confirmLabel = new QLabel(tr("&Again:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(passLabel, m_passphrase);
    form->addRow(confirmLabel, m_confirm);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Back Up"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);

    layout->addWidget(m_toFolder);
    layout->addWidget(m_toFile);
    layout->addLayout(fileRow);
    layout->addWidget(m_encrypt);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);

    if (m_secrets) {
        if (auto known = BackupPassphrases(*m_secrets).recall(m_journalPath); known && known->has_value()) {
            m_passphrase->setText(QString::fromUtf8(**known));
            m_confirm->setText(m_passphrase->text());
            m_remember->setChecked(true);
        }
    }
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Back up to"), m_file->text(),
                                                            tr("Journal backups (*.cpdj *.enc)"));
        if (!chosen.isEmpty()) {
            m_file->setText(chosen);
            m_toFile->setChecked(true);
        }
    });
    connect(m_toFile, &QRadioButton::toggled, this, &BackUpDialog::updateEnabled);
    connect(m_encrypt, &QCheckBox::toggled, this, &BackUpDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &BackUpDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackUpDialog::reject);
    updateEnabled();
}

void BackUpDialog::updateEnabled()
{
    m_file->setEnabled(m_toFile->isChecked());
    // The backups folder holds plain copies the app can check and offer after damage.
    m_encrypt->setEnabled(m_toFile->isChecked());
    if (!m_toFile->isChecked())
        m_encrypt->setChecked(false);
    const bool encrypt = m_encrypt->isChecked();
    m_passphrase->setEnabled(encrypt);
    m_confirm->setEnabled(encrypt);
    m_remember->setEnabled(encrypt && m_secrets);
}

void BackUpDialog::accept()
{
    const bool toFile = m_toFile->isChecked();
    const bool encrypt = m_encrypt->isChecked();
    const QString file = m_file->text().trimmed();
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    if (toFile && file.isEmpty()) {
        MessageBox::warning(this, windowTitle(), tr("Choose the file to back up to."));
        return;
    }
    if (encrypt && (passphrase.isEmpty() || m_passphrase->text() != m_confirm->text())) {
        MessageBox::warning(this, windowTitle(), tr("Type the same passphrase twice."));
        return;
    }
    const QString journalPath = m_journalPath;
    const Clock& clock = m_clock;
    QString written;
    const Status done = BackgroundTask::run(this, tr("Backing up the journal…"), [&](const BackgroundTask::Progress& progress) -> Status {
        // Its own connection: the window's belongs to the GUI thread.
        auto db = Database::open(journalPath, {.create = false});
        if (!db)
            return std::unexpected(db.error());
        Result<BackupInfo> made = !toFile   ? BackupService(journalPath, clock).backUp((*db)->connection(), QStringLiteral("manual"), progress)
                                  : encrypt ? BackupWriter::writeEncrypted((*db)->connection(), file, passphrase, {}, progress)
                                            : BackupWriter::write((*db)->connection(), file, progress);
        if (!made)
            return std::unexpected(made.error());
        written = made->path;
        return {};
    });
    if (!done) {
        MessageBox::critical(this, windowTitle(), done.error().message);
        return;
    }
    m_written = written;
    if (encrypt && m_secrets) {
        BackupPassphrases passphrases(*m_secrets);
        const Status kept = m_remember->isChecked() ? passphrases.remember(m_journalPath, passphrase) : passphrases.forget(m_journalPath);
        if (!kept)
            MessageBox::warning(this, windowTitle(), tr("The backup was made, but the keychain said: %1").arg(kept.error().message));
    }
    QDialog::accept();
}

} // namespace cpd
