#include "team/TeamBundle.h"

#include "team/Ed25519.h"

#include <QCoreApplication>
#include <QUuid>
#include <QtEndian>

namespace cpd {

Result<QByteArray> TeamBundle::write(const QString& memberId, const QByteArray& publicKey,
                                     const QByteArray& payload, const QByteArray& secretKey)
{
    const QByteArray id = memberId.toLatin1();
    if (id.size() != 36 || QUuid::fromString(memberId).isNull())
        return fail(QCoreApplication::translate("TeamBundle", "member id \"%1\" is not a UUID")
                        .arg(memberId));
    if (publicKey.size() != Ed25519::kPublicKeyBytes)
        return fail(
            QCoreApplication::translate("TeamBundle", "the public key is not an Ed25519 key"));
    if (payload.size() > kMaxPayloadBytes)
        return fail(QCoreApplication::translate(
                        "TeamBundle", "the summary is too large to bundle (%1 bytes; at most %2)")
                        .arg(payload.size())
                        .arg(kMaxPayloadBytes));
    if (Ed25519::publicKeyOf(secretKey) != publicKey)
        return fail(QCoreApplication::translate(
            "TeamBundle",
            "the signing key in the keychain does not match this journal's public key; "
            "make a new one with team keygen --replace"));
    QByteArray out = magic();
    char be[4];
    qToBigEndian<quint16>(quint16(kVersion), be);
    out.append(be, 2);
    out.append(id);
    out.append(publicKey);
    qToBigEndian<quint32>(quint32(payload.size()), be);
    out.append(be, 4);
    out.append(payload);
    auto signature = Ed25519::sign(out, secretKey);
    if (!signature)
        return std::unexpected(signature.error());
    out.append(*signature);
    return out;
}

Result<TeamBundle> TeamBundle::read(const QByteArray& bytes)
{
    if (bytes.size() < magic().size() || !bytes.startsWith(magic()))
        return fail(
            QCoreApplication::translate("TeamBundle", "it is not a CPD Journal team bundle"));
    if (bytes.size() < 10)
        return fail(QCoreApplication::translate("TeamBundle",
                                                "it is truncated (it ends inside its header)"));
    const int version = qFromBigEndian<quint16>(bytes.constData() + 8);
    if (version != kVersion)
        return fail(QCoreApplication::translate(
                        "TeamBundle",
                        "it is a team bundle of format %1, which this version cannot read "
                        "(it reads format %2); update CPD Journal")
                        .arg(version)
                        .arg(kVersion));
    if (bytes.size() < kHeaderBytes)
        return fail(QCoreApplication::translate("TeamBundle",
                                                "it is truncated (it ends inside its header)"));
    TeamBundle b;
    b.memberId = QString::fromLatin1(bytes.mid(10, 36));
    b.publicKey = bytes.mid(46, Ed25519::kPublicKeyBytes);
    const qint64 length = qFromBigEndian<quint32>(bytes.constData() + 78);
    if (length > kMaxPayloadBytes)
        return fail(
            QCoreApplication::translate(
                "TeamBundle",
                "it declares a summary of %1 bytes, more than any real one; the file is damaged")
                .arg(length));
    const qint64 signedBytes = kHeaderBytes + length;
    if (bytes.size() < signedBytes)
        return fail(
            QCoreApplication::translate(
                "TeamBundle", "it is truncated (it ends inside its summary, after %1 of %2 bytes)")
                .arg(bytes.size() - kHeaderBytes)
                .arg(length));
    if (bytes.size() == signedBytes)
        return fail(QCoreApplication::translate(
            "TeamBundle", "it is not signed (there is no signature after the summary)"));
    if (bytes.size() < signedBytes + Ed25519::kSignatureBytes)
        return fail(QCoreApplication::translate("TeamBundle",
                                                "it is truncated (it ends inside its signature)"));
    if (bytes.size() > signedBytes + Ed25519::kSignatureBytes)
        return fail(
            QCoreApplication::translate(
                "TeamBundle", "it has %1 unexpected bytes after its signature; the file is damaged")
                .arg(bytes.size() - signedBytes - Ed25519::kSignatureBytes));
    b.payload = bytes.mid(kHeaderBytes, length);
    b.signature = bytes.mid(signedBytes, Ed25519::kSignatureBytes);
    if (b.signature == QByteArray(Ed25519::kSignatureBytes, '\0'))
        return fail(
            QCoreApplication::translate("TeamBundle", "it is not signed (its signature is empty)"));
    if (!Ed25519::verify(bytes.left(signedBytes), b.signature, b.publicKey))
        return fail(QCoreApplication::translate(
            "TeamBundle", "its signature does not match its contents: it was changed after it was "
                          "signed, or is damaged"));
    if (QUuid::fromString(b.memberId).isNull())
        return fail(QCoreApplication::translate("TeamBundle", "its member id is not a UUID"));
    return b;
}

} // namespace cpd
