#pragma once

#include "backup/BackupInfo.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace cpd {

class Clock;
class SecretStore;

// File > Restore from Backup…: the journal's backups (date, kind, size, entries, check result),
// checked on a worker thread, plus "Choose file…" for any other backup; an encrypted file asks
// for its passphrase (filled in when the keychain remembers it). Restoring runs on a worker
// thread behind a progress dialog; a bad backup changes nothing, and the journal it replaces is
// kept beside it. The window must reopen the journal afterwards (restoredPath() says so).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(QString journalPath, const Clock& clock, SecretStore* secrets, QWidget* parent = nullptr);

    // Checks the backups in the folder (worker thread, progress with Cancel) and lists them.
    void loadBackups();
    // Adds a file to the list and selects it (what "Choose file…" does after its dialog).
    void addFile(const QString& path);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* chooseFileButton() const { return m_choose; }
    // Where the replaced journal was kept, once a restore succeeded.
    QString keptAside() const { return m_keptAside; }

public slots:
    void accept() override;

private:
    void addRow(const BackupInfo& info);
    void updateSelection();

    QString m_journalPath;
    const Clock& m_clock;
    SecretStore* m_secrets;
    QTreeWidget* m_list;
    QPushButton* m_choose;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_restore;
    QString m_keptAside;
};

} // namespace cpd
