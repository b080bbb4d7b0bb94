#include "team/TeamBundleImporter.h"

#include "storage/Database.h"
#include "team/Ed25519.h"
#include "team/TeamBundle.h"
#include "team/TeamStore.h"
#include "team/TeamSummary.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cpd {

TeamBundleImporter::TeamBundleImporter(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<TeamBundleImporter::Outcome> TeamBundleImporter::importFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(QCoreApplication::translate("TeamBundleImporter", "%1: there is no such file")
                        .arg(path));
    if (!info.isFile())
        return fail(
            QCoreApplication::translate("TeamBundleImporter", "%1: it is not a file").arg(path));
    if (info.size() > kMaxFileBytes)
        return fail(QCoreApplication::translate(
                        "TeamBundleImporter", "%1: it is too large to be a team bundle (%2 bytes)")
                        .arg(path)
                        .arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("TeamBundleImporter", "%1: it cannot be read (%2)")
                        .arg(path, file.errorString()));
    return importBytes(file.readAll(), path);
}

Result<TeamBundleImporter::Outcome> TeamBundleImporter::importBytes(const QByteArray& bytes, const QString& name)
{
    const auto refuse = [&](const QString& reason) { return fail(QStringLiteral("%1: %2").arg(name, reason)); };
    auto bundle = TeamBundle::read(bytes);
    if (!bundle)
        return refuse(bundle.error().message);
    auto summary = TeamSummary::parse(bundle->payload);
    if (!summary)
        return refuse(QStringLiteral("its summary cannot be read: %1").arg(summary.error().message));
    if (summary->memberId != bundle->memberId)
        return refuse(QStringLiteral("the summary inside is for member %1 but the bundle was signed for member %2")
                          .arg(summary->memberId, bundle->memberId));

    TeamStore store(m_db, m_clock);
    Outcome out;
    out.file = name;
    out.memberId = summary->memberId;
    out.name = summary->name;
    out.fingerprint = Ed25519::fingerprint(bundle->publicKey);
    out.sequence = summary->sequence;
    out.generatedAt = summary->generatedAt;
    QString reason;
    const Status done = m_db.transaction([&]() -> Status {
        auto known = store.member(out.memberId);
        if (!known)
            return std::unexpected(known.error());
        if (*known && (*known)->publicKey != bundle->publicKey) {
            reason =
                QCoreApplication::translate(
                    "TeamBundleImporter",
                    "it is signed by a different key (%1) from the one recorded for %2 (%3); if "
                    "they really made a new key, check it with them before trusting it")
                    .arg(out.fingerprint, out.name, (*known)->fingerprint);
            return fail(reason);
        }
        auto stored = store.latestInfo(out.memberId);
        if (!stored)
            return std::unexpected(stored.error());
        if (*stored) {
            const auto& s = **stored;
            if (summary->sequence == s.sequence && summary->generatedAt == s.generatedAt) {
                reason =
                    QCoreApplication::translate(
                        "TeamBundleImporter", "this summary of %1 (number %2) is already imported")
                        .arg(out.name)
                        .arg(s.sequence);
                return fail(reason);
            }
            if (summary->sequence <= s.sequence || summary->generatedAt < s.generatedAt) {
                reason =
                    QCoreApplication::translate(
                        "TeamBundleImporter",
                        "it is older than the summary of %1 already imported (number %2 of %3, "
                        "against number %4 of %5 in this file); a replayed or old bundle is "
                        "refused")
                        .arg(out.name)
                        .arg(s.sequence)
                        .arg(s.generatedAt.toString(Qt::ISODate))
                        .arg(summary->sequence)
                        .arg(summary->generatedAt.toString(Qt::ISODate));
                return fail(reason);
            }
            out.replacedSequence = s.sequence;
        }
        if (!*known) {
            out.firstImport = true;
            if (auto ok = store.addMember(out.memberId, bundle->publicKey); !ok)
                return ok;
        }
        return store.putSummary(*summary, bundle->payload, bytes);
    });
    if (!done)
        return refuse(reason.isEmpty() ? done.error().message : reason);
    return out;
}

} // namespace cpd
