#pragma once

#include "secrets/SecretStore.h"

namespace cpd {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows), under the service name "CPD Journal". QtKeychain's jobs are
// asynchronous; each call here runs its job to the end in a local event loop, so it needs a
// QCoreApplication but no running event loop. Errors say what to do: no Secret Service running,
// a locked keyring, access refused.
class KeychainSecretStore final : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = defaultService());

    static QString defaultService() { return QStringLiteral("CPD Journal"); }

    Result<std::optional<QByteArray>> read(const QString& key) override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;

private:
    QString m_service;
};

} // namespace cpd
