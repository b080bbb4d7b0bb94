#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cpd {

class SecretStore;

// The passphrase of a journal's encrypted backups and exports, remembered in the OS keychain
// only when the person asks (never in the settings or the journal). Keyed by the journal's
// absolute path, hashed: "backup-passphrase/<16 hex digits>".
class BackupPassphrases
{
public:
    explicit BackupPassphrases(SecretStore& store) : m_store(store) {}

    static QString keyFor(const QString& journalPath);
    Result<std::optional<QByteArray>> recall(const QString& journalPath);
    Status remember(const QString& journalPath, const QByteArray& passphrase);
    Status forget(const QString& journalPath);

private:
    SecretStore& m_store;
};

} // namespace cpd
