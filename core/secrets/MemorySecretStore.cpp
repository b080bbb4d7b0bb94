#include "secrets/MemorySecretStore.h"

namespace cpd {

Status MemorySecretStore::takeFailure()
{
    if (m_failure.isEmpty())
        return {};
    const QString message = std::exchange(m_failure, {});
    return fail(message);
}

Result<std::optional<QByteArray>> MemorySecretStore::read(const QString& key)
{
    if (auto ok = takeFailure(); !ok)
        return std::unexpected(ok.error());
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{*it};
}

Status MemorySecretStore::write(const QString& key, const QByteArray& secret)
{
    if (auto ok = takeFailure(); !ok)
        return ok;
    m_secrets.insert(key, secret);
    return {};
}

Status MemorySecretStore::remove(const QString& key)
{
    if (auto ok = takeFailure(); !ok)
        return ok;
    m_secrets.remove(key);
    return {};
}

} // namespace cpd
