#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace cpd {

// How hard the key is to derive (Argon2id) and how big the chunks are.
struct EncryptionParams
{
    quint64 opsLimit = 3;
    quint64 memLimit = 64ull * 1024 * 1024;
    int chunkSize = 64 * 1024;
    // The cheapest Argon2id libsodium allows: for tests only.
    static EncryptionParams fastForTests() { return {1, 8ull * 1024, 4096}; }
};

// Passphrase encryption of backups and exports (libsodium): the key comes from Argon2id
// (crypto_pwhash, its parameters and salt kept in the header), the data goes through
// XChaCha20-Poly1305 secretstream in chunks, so files of any size stream through a fixed buffer.
//
// File layout (integers little-endian), version 1:
//   "CPDJ-ENC"  magic (8)           u8 version = 1, u8 kdf = 1 (Argon2id), u8 cipher = 1, u8 0
//   u32 chunk size                  u64 opslimit, u64 memlimit
//   salt (16)                       key check (16: BLAKE2b of the key, so a wrong passphrase is
//   secretstream header (24)         told apart from a damaged file)
//   chunks: chunk size + 17 bytes each, the last one shorter and tagged FINAL.
// The whole header is the additional data of every chunk: changing any byte of it fails.
// A missing FINAL tag is a truncated file; bytes after it are a changed file.
class FileCrypto
{
public:
    using Params = EncryptionParams;
    // Told how many input bytes are done; returning false cancels (nothing is kept).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int kHeaderSize = 88;

    // Whether data starts with the magic (the first bytes of a file are enough).
    static bool isEncrypted(const QByteArray& head);
    static bool isEncryptedFile(const QString& path);

    static Status encrypt(QIODevice& in, QIODevice& out, const QByteArray& passphrase,
                          const Params& params = {}, const Progress& progress = {});
    // name is how errors call the input ("backup.cpdj.enc").
    static Status decrypt(QIODevice& in, QIODevice& out, const QByteArray& passphrase,
                          const QString& name, const Progress& progress = {});

    // The same over files: out is written through QSaveFile, so on any error (wrong passphrase,
    // tampering, truncation, cancel) nothing is written and an existing out is left as it was.
    static Status encryptFile(const QString& in, const QString& out, const QByteArray& passphrase,
                              const Params& params = {}, const Progress& progress = {});
    static Status decryptFile(const QString& in, const QString& out, const QByteArray& passphrase,
                              const Progress& progress = {});
    static Result<QByteArray> encryptBytes(const QByteArray& data, const QByteArray& passphrase,
                                           const Params& params = {});
    static Result<QByteArray> decryptBytes(const QByteArray& data, const QByteArray& passphrase,
                                           const QString& name);
};

} // namespace cpd
