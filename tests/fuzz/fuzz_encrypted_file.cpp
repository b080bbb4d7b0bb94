// The encrypted-file reader (backups and exports): any bytes decrypted with the right
// passphrase. Headers asking for more than a cheap Argon2id are left out: their cost (up to the
// reader's 1 GiB and 16 passes, by design) would make every run a timeout.
#include "FuzzSupport.h"
#include "crypto/FileCrypto.h"

#include <QtEndian>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = cpd::fuzz::bytes(data, size);
    if (input.size() >= cpd::FileCrypto::kHeaderSize) {
        const quint64 ops = qFromLittleEndian<quint64>(input.constData() + 16);
        const quint64 mem = qFromLittleEndian<quint64>(input.constData() + 24);
        if (ops > 2 || mem > 64 * 1024)
            return 0;
    }
    const auto plain = cpd::FileCrypto::decryptBytes(
        input, QByteArrayLiteral("correct horse battery"), QStringLiteral("fuzz.enc"));
    (void)plain;
    (void)cpd::FileCrypto::isEncrypted(input);
    return 0;
}
