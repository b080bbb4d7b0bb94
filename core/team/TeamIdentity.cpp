#include "team/TeamIdentity.h"

#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "team/Ed25519.h"
#include "team/TeamBundle.h"
#include "team/TeamSummaryBuilder.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

QString TeamIdentity::Identity::fingerprint() const
{
    return Ed25519::fingerprint(publicKey);
}

TeamIdentity::TeamIdentity(Database& db, SecretStore& secrets, const Clock& clock)
    : m_db(db), m_secrets(secrets), m_clock(clock)
{
}

Result<std::optional<TeamIdentity::Identity>> TeamIdentity::load() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT member_id, public_key, created, export_sequence FROM team_identity LIMIT 1"));
    if (auto ok = Sql::exec(q, QStringLiteral("reading your team identity")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<Identity>{};
    return std::optional<Identity>{Identity{q.value(0).toString(), q.value(1).toByteArray(),
                                            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                                            q.value(3).toLongLong()}};
}

Result<TeamIdentity::Identity> TeamIdentity::generate(bool replace)
{
    auto existing = load();
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing && !replace)
        return fail(QCoreApplication::translate(
                        "TeamIdentity",
                        "this journal already has a signing key (member %1, fingerprint %2); "
                        "use --replace to make a new one")
                        .arg((*existing)->memberId, (*existing)->fingerprint()));
    auto pair = Ed25519::generate();
    if (!pair)
        return std::unexpected(pair.error());
    Identity id;
    id.memberId = *existing ? (*existing)->memberId : QUuid::createUuid().toString(QUuid::WithoutBraces);
    id.publicKey = pair->publicKey;
    id.created = m_clock.now().toUTC();
    id.exportSequence = *existing ? (*existing)->exportSequence : 0;
    // The keychain first: a journal row without its private key would be useless, and the
    // private key never goes anywhere else.
    const QString key = secretKeyName(id.memberId);
    auto previous = m_secrets.read(key);
    if (!previous)
        return std::unexpected(previous.error());
    if (auto ok = m_secrets.write(key, pair->secretKey); !ok)
        return std::unexpected(ok.error());
    const Status stored = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_identity (member_id, public_key, created, export_sequence) "
                                 "VALUES (?, ?, ?, ?)"));
        q.addBindValue(id.memberId);
        q.addBindValue(id.publicKey);
        q.addBindValue(id.created.toString(Qt::ISODateWithMs));
        q.addBindValue(id.exportSequence);
        return Sql::exec(q, QStringLiteral("saving your team identity"));
    });
    if (!stored) {
        // Put the keychain back as it was.
        if (*previous)
            (void)m_secrets.write(key, **previous);
        else
            (void)m_secrets.remove(key);
        return std::unexpected(stored.error());
    }
    return id;
}

Result<QByteArray> TeamIdentity::exportBundle(const StandardRegistry& standards, const TopicCatalogue& catalogue,
                                              const QStringList& sharedEntryIds, const QDate& asOf)
{
    auto identity = load();
    if (!identity)
        return std::unexpected(identity.error());
    if (!*identity)
        return fail(QCoreApplication::translate(
            "TeamIdentity", "this journal has no signing key yet; make one with team keygen"));
    const Identity& id = **identity;
    auto secret = m_secrets.read(secretKeyName(id.memberId));
    if (!secret)
        return std::unexpected(secret.error());
    if (!*secret)
        return fail(
            QCoreApplication::translate(
                "TeamIdentity",
                "the signing key of member %1 is not in this computer's keychain; make a new one "
                "with team keygen --replace (your manager will be asked to check it)")
                .arg(id.memberId));
    const qint64 sequence = id.exportSequence + 1;
    TeamSummaryBuilder builder(m_db, standards, catalogue, m_clock);
    auto summary = builder.build({id.memberId, sequence, sharedEntryIds, asOf});
    if (!summary)
        return std::unexpected(summary.error());
    auto bundle = TeamBundle::write(id.memberId, id.publicKey, summary->toCanonicalBytes(), **secret);
    if (!bundle)
        return std::unexpected(bundle.error());
    const Status bumped = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE team_identity SET export_sequence = ? WHERE member_id = ?"));
        q.addBindValue(sequence);
        q.addBindValue(id.memberId);
        return Sql::exec(q, QStringLiteral("counting the export"));
    });
    if (!bumped)
        return std::unexpected(bumped.error());
    return bundle;
}

} // namespace cpd
