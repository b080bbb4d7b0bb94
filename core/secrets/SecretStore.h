#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cpd {

// Where secrets live (signing keys, server passwords, backup passphrases): the OS keychain in
// the app (KeychainSecretStore), memory in unit tests (MemorySecretStore). Never a file, the
// settings or the journal. Keys are short paths such as "team-signing-key/<member id>".
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    // The secret stored under key; std::nullopt when there is none (not an error).
    virtual Result<std::optional<QByteArray>> read(const QString& key) = 0;
    // Stores (or replaces) the secret under key.
    virtual Status write(const QString& key, const QByteArray& secret) = 0;
    // Removes the secret under key; removing one that is not there is not an error.
    virtual Status remove(const QString& key) = 0;
};

} // namespace cpd
