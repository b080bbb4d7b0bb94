// Team bundles (.cpdteam) imported into a manager's journal. The first byte picks the mode:
//  - odd: the rest is a whole bundle file (header, signature checks, refusals);
//  - even: the rest is the summary JSON, signed here with a fixed key for member kMember, so the
//    fuzzer gets past the signature to TeamSummary::parse and the store.
#include "FuzzSupport.h"
#include "team/Ed25519.h"
#include "team/TeamBundle.h"
#include "team/TeamBundleImporter.h"
#include "util/FixedClock.h"

namespace {
const QString kMember = QStringLiteral("6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b");
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static cpd::fuzz::FuzzJournal journal;
    static const cpd::FixedClock clock(QDateTime(QDate(2026, 3, 14), QTime(9, 30), Qt::UTC));
    static const cpd::Ed25519::KeyPair keys = [] {
        auto made = cpd::Ed25519::generate();
        if (!made)
            cpd::fuzz::broken("cannot make a key pair");
        return *made;
    }();
    QByteArray bytes = cpd::fuzz::bytes(data + 1, size - 1);
    if (!(data[0] & 1)) {
        auto signed_ = cpd::TeamBundle::write(kMember, keys.publicKey, bytes, keys.secretKey);
        if (!signed_)
            return 0; // too large a payload
        bytes = *signed_;
        if (!cpd::TeamBundle::read(bytes))
            cpd::fuzz::broken("a bundle just written does not read back");
    }
    cpd::TeamBundleImporter importer(journal.db(), clock);
    if (importer.importBytes(bytes, QStringLiteral("fuzz.cpdteam")))
        journal.reset();
    return 0;
}
