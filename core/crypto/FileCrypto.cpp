#include "crypto/FileCrypto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <array>

namespace cpd {

namespace {

constexpr char kMagic[8] = {'C', 'P', 'D', 'J', '-', 'E', 'N', 'C'};
constexpr quint8 kVersion = 1;
constexpr quint8 kKdfArgon2id = 1;
constexpr quint8 kCipherSecretstream = 1;
constexpr int kSaltOffset = 32;
constexpr int kCheckOffset = 48;
constexpr int kStreamHeaderOffset = 64;
constexpr char kCheckContext[] = "CPD Journal passphrase check v1";
// Parameters a file may ask for: beyond these it is damaged (or hostile), not slow on purpose.
constexpr quint64 kMaxOpsLimit = 16;
constexpr quint64 kMaxMemLimit = 1024ull * 1024 * 1024;
constexpr int kMinChunk = 1024;
constexpr int kMaxChunk = 16 * 1024 * 1024;

static_assert(FileCrypto::kHeaderSize == kStreamHeaderOffset + crypto_secretstream_xchacha20poly1305_HEADERBYTES);

// The key, wiped when it goes out of scope.
struct Key
{
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> bytes{};
    ~Key() { sodium_memzero(bytes.data(), bytes.size()); }
};

Status ready()
{
    if (sodium_init() < 0)
        return fail(QCoreApplication::translate(
            "FileCrypto", "The encryption library (libsodium) could not start."));
    return {};
}

auto* u8(QByteArray& b, int offset = 0)
{
    return reinterpret_cast<unsigned char*>(b.data()) + offset;
}
const unsigned char* u8(const QByteArray& b, int offset = 0)
{
    return reinterpret_cast<const unsigned char*>(b.constData()) + offset;
}

Status deriveKey(Key& key, const QByteArray& passphrase, const QByteArray& header)
{
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 16);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 24);
    if (crypto_pwhash(key.bytes.data(), key.bytes.size(), passphrase.constData(), quint64(passphrase.size()),
                      u8(header, kSaltOffset), ops, size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(QCoreApplication::translate(
            "FileCrypto", "There was not enough memory to derive the key from the passphrase."));
    return {};
}

QByteArray keyCheck(const Key& key)
{
    QByteArray check(16, Qt::Uninitialized);
    crypto_generichash(u8(check), size_t(check.size()), reinterpret_cast<const unsigned char*>(kCheckContext),
                       sizeof kCheckContext - 1, key.bytes.data(), key.bytes.size());
    return check;
}

Status writeAll(QIODevice& out, const QByteArray& bytes)
{
    if (out.write(bytes) != bytes.size())
        return fail(
            QCoreApplication::translate("FileCrypto", "Could not write the encrypted file: %1")
                .arg(out.errorString()));
    return {};
}

qint64 sizeOf(QIODevice& in)
{
    return in.isSequential() ? -1 : in.size();
}

} // namespace

bool FileCrypto::isEncrypted(const QByteArray& head)
{
    return head.startsWith(QByteArray::fromRawData(kMagic, sizeof kMagic));
}

bool FileCrypto::isEncryptedFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && isEncrypted(f.read(sizeof kMagic));
}

Status FileCrypto::encrypt(QIODevice& in, QIODevice& out, const QByteArray& passphrase, const Params& params,
                           const Progress& progress)
{
    if (auto ok = ready(); !ok)
        return ok;
    if (passphrase.isEmpty())
        return fail(QCoreApplication::translate(
            "FileCrypto", "The passphrase is empty; choose one to encrypt with."));
    if (params.chunkSize < kMinChunk || params.chunkSize > kMaxChunk || params.opsLimit > kMaxOpsLimit
        || params.memLimit > kMaxMemLimit || params.opsLimit < crypto_pwhash_OPSLIMIT_MIN
        || params.memLimit < crypto_pwhash_MEMLIMIT_MIN)
        return fail(
            QCoreApplication::translate("FileCrypto", "The encryption settings are out of range."));

    QByteArray header(kHeaderSize, '\0');
    std::copy(std::begin(kMagic), std::end(kMagic), header.begin());
    header[8] = char(kVersion);
    header[9] = char(kKdfArgon2id);
    header[10] = char(kCipherSecretstream);
    qToLittleEndian<quint32>(quint32(params.chunkSize), header.data() + 12);
    qToLittleEndian<quint64>(params.opsLimit, header.data() + 16);
    qToLittleEndian<quint64>(params.memLimit, header.data() + 24);
    randombytes_buf(u8(header, kSaltOffset), crypto_pwhash_SALTBYTES);

    Key key;
    if (auto ok = deriveKey(key, passphrase, header); !ok)
        return ok;
    const QByteArray check = keyCheck(key);
    std::copy(check.begin(), check.end(), header.begin() + kCheckOffset);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, u8(header, kStreamHeaderOffset), key.bytes.data());
    if (auto ok = writeAll(out, header); !ok)
        return ok;

    const qint64 total = sizeOf(in);
    qint64 done = 0;
    QByteArray chunk = in.read(params.chunkSize);
    QByteArray cipher(params.chunkSize + int(crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
    for (;;) {
        const QByteArray next = in.read(params.chunkSize);
        const bool last = next.isEmpty();
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state, u8(cipher), &written, u8(chunk), quint64(chunk.size()), u8(header), quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (auto ok = writeAll(out, QByteArray::fromRawData(cipher.constData(), qsizetype(written))); !ok)
            return ok;
        done += chunk.size();
        sodium_memzero(chunk.data(), size_t(chunk.size()));
        if (progress && !progress(done, total))
            return fail(QCoreApplication::translate(
                "FileCrypto", "Encryption was cancelled; nothing was written."));
        if (last)
            break;
        chunk = next;
    }
    return {};
}

Status FileCrypto::decrypt(QIODevice& in, QIODevice& out, const QByteArray& passphrase, const QString& name,
                           const Progress& progress)
{
    if (auto ok = ready(); !ok)
        return ok;
    const QByteArray header = in.read(kHeaderSize);
    if (!isEncrypted(header))
        return fail(QCoreApplication::translate(
                        "FileCrypto",
                        "%1 is not a file encrypted by CPD Journal (its first bytes are wrong).")
                        .arg(name));
    if (header.size() < kHeaderSize)
        return fail(
            QCoreApplication::translate("FileCrypto", "%1 is truncated: it ends inside its header.")
                .arg(name));
    if (quint8(header[8]) != kVersion || quint8(header[9]) != kKdfArgon2id || quint8(header[10]) != kCipherSecretstream)
        return fail(
            QCoreApplication::translate(
                "FileCrypto",
                "%1 was encrypted by a newer version of CPD Journal (format %2); update CPD "
                "Journal to open it.")
                .arg(name)
                .arg(quint8(header[8])));
    const quint64 ops = qFromLittleEndian<quint64>(header.constData() + 16);
    const quint64 mem = qFromLittleEndian<quint64>(header.constData() + 24);
    const auto chunkSize = qint64(qFromLittleEndian<quint32>(header.constData() + 12));
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpsLimit || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > kMaxMemLimit || chunkSize < kMinChunk || chunkSize > kMaxChunk)
        return fail(
            QCoreApplication::translate("FileCrypto", "%1 is damaged: its header was changed.")
                .arg(name));
    if (passphrase.isEmpty())
        return fail(
            QCoreApplication::translate("FileCrypto", "%1 is encrypted; give its passphrase.")
                .arg(name));

    Key key;
    if (auto ok = deriveKey(key, passphrase, header); !ok)
        return ok;
    if (sodium_memcmp(keyCheck(key).constData(), header.constData() + kCheckOffset, 16) != 0)
        return fail(QCoreApplication::translate(
                        "FileCrypto",
                        "The passphrase is wrong for %1 (or its header was changed); nothing was "
                        "decrypted.")
                        .arg(name));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u8(header, kStreamHeaderOffset), key.bytes.data()) != 0)
        return fail(
            QCoreApplication::translate("FileCrypto", "%1 is damaged: its header was changed.")
                .arg(name));

    const qint64 cipherChunk = chunkSize + qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
    const qint64 total = sizeOf(in);
    QByteArray plain(qsizetype(chunkSize), Qt::Uninitialized);
    for (qint64 index = 1;; ++index) {
        const QByteArray cipher = in.read(cipherChunk);
        if (cipher.isEmpty())
            return fail(QCoreApplication::translate(
                            "FileCrypto",
                            "%1 is truncated: it ends before its final block; nothing was written.")
                            .arg(name));
        unsigned long long length = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, u8(plain), &length, &tag, u8(cipher),
                                                       quint64(cipher.size()), u8(header), quint64(header.size()))
            != 0) {
            if (cipher.size() < cipherChunk && in.atEnd())
                return fail(
                    QCoreApplication::translate(
                        "FileCrypto",
                        "%1 is truncated or damaged (block %2 is short and fails its check); "
                        "nothing was written.")
                        .arg(name)
                        .arg(index));
            return fail(QCoreApplication::translate(
                            "FileCrypto",
                            "%1 was changed or damaged after it was encrypted (block %2 fails its "
                            "check); nothing was written.")
                            .arg(name)
                            .arg(index));
        }
        if (out.write(plain.constData(), qint64(length)) != qint64(length)) {
            sodium_memzero(plain.data(), size_t(plain.size()));
            return fail(
                QCoreApplication::translate("FileCrypto", "Could not write what was decrypted: %1")
                    .arg(out.errorString()));
        }
        if (progress && !progress(in.pos(), total)) {
            sodium_memzero(plain.data(), size_t(plain.size()));
            return fail(QCoreApplication::translate(
                "FileCrypto", "Decryption was cancelled; nothing was written."));
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (!in.read(1).isEmpty())
        return fail(QCoreApplication::translate(
                        "FileCrypto",
                        "%1 has bytes after its final block: it was changed; nothing was written.")
                        .arg(name));
    return {};
}

namespace {

using Transform = std::function<Status(QIODevice& in, QIODevice& out)>;

Status transformFile(const QString& inPath, const QString& outPath, const Transform& transform)
{
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("FileCrypto", "Could not read %1: %2")
                        .arg(inPath, in.errorString()));
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("FileCrypto", "Could not write %1: %2")
                        .arg(outPath, out.errorString()));
    if (auto ok = transform(in, out); !ok) {
        out.cancelWriting();
        return ok;
    }
    if (!out.commit())
        return fail(QCoreApplication::translate("FileCrypto", "Could not write %1: %2")
                        .arg(outPath, out.errorString()));
    return {};
}

} // namespace

Status FileCrypto::encryptFile(const QString& in, const QString& out, const QByteArray& passphrase,
                               const Params& params, const Progress& progress)
{
    return transformFile(in, out, [&](QIODevice& i, QIODevice& o) { return encrypt(i, o, passphrase, params, progress); });
}

Status FileCrypto::decryptFile(const QString& in, const QString& out, const QByteArray& passphrase,
                               const Progress& progress)
{
    const QString name = QFileInfo(in).fileName();
    return transformFile(in, out, [&](QIODevice& i, QIODevice& o) { return decrypt(i, o, passphrase, name, progress); });
}

namespace {

Result<QByteArray> transformBytes(const QByteArray& data, const Transform& transform)
{
    QBuffer in;
    in.setData(data);
    in.open(QIODevice::ReadOnly);
    QByteArray result;
    QBuffer out(&result);
    out.open(QIODevice::WriteOnly);
    if (auto ok = transform(in, out); !ok)
        return std::unexpected(ok.error());
    return result;
}

} // namespace

Result<QByteArray> FileCrypto::encryptBytes(const QByteArray& data, const QByteArray& passphrase, const Params& params)
{
    return transformBytes(data, [&](QIODevice& i, QIODevice& o) { return encrypt(i, o, passphrase, params); });
}

Result<QByteArray> FileCrypto::decryptBytes(const QByteArray& data, const QByteArray& passphrase, const QString& name)
{
    return transformBytes(data, [&](QIODevice& i, QIODevice& o) { return decrypt(i, o, passphrase, name); });
}

} // namespace cpd
