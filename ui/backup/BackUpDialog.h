#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace cpd {

class Clock;
class SecretStore;

// File > Back Up Now…: into the journal's backups folder, or to a chosen file, optionally
// encrypted with a passphrase (which may be remembered in the OS keychain). The copy runs on a
// worker thread with its own connection, behind a progress dialog with Cancel.
class BackUpDialog : public QDialog
{
    Q_OBJECT
public:
    BackUpDialog(QString journalPath, const Clock& clock, SecretStore* secrets, QWidget* parent = nullptr);

    QRadioButton* toFolderButton() const { return m_toFolder; }
    QRadioButton* toFileButton() const { return m_toFile; }
    QLineEdit* fileEdit() const { return m_file; }
    QCheckBox* encryptBox() const { return m_encrypt; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* confirmEdit() const { return m_confirm; }
    QCheckBox* rememberBox() const { return m_remember; }
    // Where the last backup went (empty until one succeeded).
    QString writtenPath() const { return m_written; }

public slots:
    void accept() override;

private:
    void updateEnabled();

    QString m_journalPath;
    const Clock& m_clock;
    SecretStore* m_secrets;
    QRadioButton* m_toFolder;
    QRadioButton* m_toFile;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QCheckBox* m_encrypt;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm;
    QCheckBox* m_remember;
    QPushButton* m_ok;
    QString m_written;
};

} // namespace cpd
