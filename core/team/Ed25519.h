#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cpd {

// Ed25519 signatures through libsodium (crypto_sign_detached), for team bundles.
class Ed25519
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    struct KeyPair
    {
        QByteArray publicKey;
        QByteArray secretKey; // goes to a SecretStore only, never to a file or the journal
    };

    static Result<KeyPair> generate();
    static Result<QByteArray> sign(const QByteArray& message, const QByteArray& secretKey);
    static bool verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey);
    // The public key recomputed from a secret key (to check a keychain entry belongs to a key).
    static QByteArray publicKeyOf(const QByteArray& secretKey);
    // What a manager reads out to a member to check a key: the first 16 bytes of the key's
    // SHA-256, as eight groups of four hex digits ("3f2a 9c01 …").
    static QString fingerprint(const QByteArray& publicKey);

private:
    static Status init();
};

} // namespace cpd
