#pragma once

#include "secrets/SecretStore.h"

#include <QHash>

namespace cpd {

// A SecretStore in memory, for unit tests. failNext() makes the next call fail, to test how
// callers report a keychain that refuses.
class MemorySecretStore final : public SecretStore
{
public:
    Result<std::optional<QByteArray>> read(const QString& key) override;
    Status write(const QString& key, const QByteArray& secret) override;
    Status remove(const QString& key) override;

    void failNext(const QString& message) { m_failure = message; }
    const QHash<QString, QByteArray>& secrets() const { return m_secrets; }

private:
    Status takeFailure();

    QHash<QString, QByteArray> m_secrets;
    QString m_failure;
};

} // namespace cpd
