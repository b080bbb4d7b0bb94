#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cpd {

// A signed team summary bundle (.cpdteam), one file:
//   offset 0   8 bytes   magic "CPDTEAM\n"
//          8   2 bytes   format version, big-endian (1)
//         10  36 bytes   member id, ASCII UUID
//         46  32 bytes   the member's Ed25519 public key
//         78   4 bytes   payload length N, big-endian
//         82   N bytes   payload: the TeamSummary JSON (TeamSummary::toCanonicalBytes)
//       82+N  64 bytes   Ed25519 signature of bytes [0, 82+N)
// and nothing after. The signature covers the header too, so changing the member id or the key
// breaks it. read() checks the structure and the signature against the key inside; whether that
// key is the member's known key is the importer's business (TeamBundleImporter).
struct TeamBundle
{
    static constexpr int kVersion = 1;
    static constexpr int kHeaderBytes = 82;
    static constexpr qint64 kMaxPayloadBytes = 32 * 1024 * 1024;
    static QByteArray magic() { return QByteArrayLiteral("CPDTEAM\n"); }
    static QString fileSuffix() { return QStringLiteral("cpdteam"); }

    QString memberId;
    QByteArray publicKey;
    QByteArray payload;
    QByteArray signature;

    // The whole signed file.
    static Result<QByteArray> write(const QString& memberId, const QByteArray& publicKey, const QByteArray& payload,
                                    const QByteArray& secretKey);
    // A verified bundle, or why not (the reason only; the caller names the file).
    static Result<TeamBundle> read(const QByteArray& bytes);
};

} // namespace cpd
