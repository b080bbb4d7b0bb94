#pragma once

#include "util/Result.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace cpd {

class Clock;
class Database;
class SecretStore;
class TopicCatalogue;

// "Export my summary…" for a team member: choose which entries to share in full (none by
// default: the rest go as counts and hours only), then save a signed .cpdteam bundle for the
// manager. Makes the signing key on first use. The key lives in the system keychain: when there
// is none (no Secret Service, a locked keyring) the dialog says so and what to do.
class TeamExportDialog : public QDialog
{
    Q_OBJECT
public:
    TeamExportDialog(Database& db, const Clock& clock, SecretStore& secrets,
                     const TopicCatalogue& catalogue, QWidget* parent = nullptr);

    QListWidget* entryList() const { return m_entries; }
    QStringList sharedEntryIds() const;
    void setShared(const QStringList& ids);
    // Makes the key if needed and writes the bundle to path; a failure is shown and returned.
    Status exportTo(const QString& path);

private:
    void loadEntries();
    void updateIdentity();
    void chooseFileAndExport();
    void showFailure(const QString& message);

    Database& m_db;
    const Clock& m_clock;
    SecretStore& m_secrets;
    const TopicCatalogue& m_catalogue;
    QListWidget* m_entries = nullptr;
    QLabel* m_identity = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace cpd
