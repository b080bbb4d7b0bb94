#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cpd {

class Clock;
class Database;
class SecretStore;
class StandardRegistry;
class TopicCatalogue;

// A member's own signing identity (migration 010's team_identity): a member id and an Ed25519
// key pair whose public half is in the journal and whose private half is ONLY in the SecretStore
// (the OS keychain) under secretKeyName(memberId). Exports signed summary bundles.
class TeamIdentity
{
public:
    struct Identity
    {
        QString memberId;
        QByteArray publicKey;
        QDateTime created;
        qint64 exportSequence = 0;
        QString fingerprint() const;
    };

    TeamIdentity(Database& db, SecretStore& secrets, const Clock& clock);

    static QString secretKeyName(const QString& memberId)
    {
        return QStringLiteral("team-signing-key/%1").arg(memberId);
    }

    Result<std::optional<Identity>> load() const;
    // Makes a new member id and key pair. Refuses when there is one already, unless replace (then
    // the member id is kept, the key is new, and the manager will see the new fingerprint).
    Result<Identity> generate(bool replace);
    // A signed bundle of this member's summary now, sharing only sharedEntryIds in full.
    Result<QByteArray> exportBundle(const StandardRegistry& standards, const TopicCatalogue& catalogue,
                                    const QStringList& sharedEntryIds, const QDate& asOf = {});

private:
    Database& m_db;
    SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace cpd
