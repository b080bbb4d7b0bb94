#include "team/Ed25519.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QStringList>

#include <sodium.h>

namespace cpd {

Status Ed25519::init()
{
    static const int ready = sodium_init(); // 0 first time, 1 when already done, -1 on failure
    if (ready < 0)
        return fail(QCoreApplication::translate(
            "Ed25519", "the cryptography library (libsodium) could not start"));
    return {};
}

Result<Ed25519::KeyPair> Ed25519::generate()
{
    if (auto ok = init(); !ok)
        return std::unexpected(ok.error());
    KeyPair pair;
    pair.publicKey.resize(kPublicKeyBytes);
    pair.secretKey.resize(kSecretKeyBytes);
    if (crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                            reinterpret_cast<unsigned char*>(pair.secretKey.data()))
        != 0)
        return fail(QCoreApplication::translate("Ed25519", "could not make a signing key"));
    return pair;
}

Result<QByteArray> Ed25519::sign(const QByteArray& message, const QByteArray& secretKey)
{
    if (auto ok = init(); !ok)
        return std::unexpected(ok.error());
    if (secretKey.size() != kSecretKeyBytes)
        return fail(QCoreApplication::translate(
                        "Ed25519", "the signing key in the keychain is damaged (%1 bytes, not %2)")
                        .arg(secretKey.size())
                        .arg(kSecretKeyBytes));
    QByteArray signature(kSignatureBytes, '\0');
    if (crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()),
                             reinterpret_cast<const unsigned char*>(secretKey.constData()))
        != 0)
        return fail(QCoreApplication::translate("Ed25519", "could not sign"));
    return signature;
}

bool Ed25519::verify(const QByteArray& message, const QByteArray& signature, const QByteArray& publicKey)
{
    if (!init() || signature.size() != kSignatureBytes || publicKey.size() != kPublicKeyBytes)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       size_t(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}

QByteArray Ed25519::publicKeyOf(const QByteArray& secretKey)
{
    if (!init() || secretKey.size() != kSecretKeyBytes)
        return {};
    QByteArray pk(kPublicKeyBytes, '\0');
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()),
                                 reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return pk;
}

QString Ed25519::fingerprint(const QByteArray& publicKey)
{
    const QByteArray hex = QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).left(16).toHex();
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

} // namespace cpd
