#pragma once

#include "team/TeamSummarySource.h"
#include "util/Result.h"

#include <QDateTime>

#include <optional>

namespace cpd {

class Clock;
class Database;

// The manager's side of migration 010 in a journal: members' known public keys, the latest
// imported summary of each, and the manager's notes and sign-offs. As a TeamSummarySource it
// gives the dashboard the imported summaries. Writes are the caller's to wrap in a transaction
// where several must go together (TeamBundleImporter does).
class TeamStore final : public TeamSummarySource
{
public:
    struct KnownMember
    {
        QString memberId;
        QByteArray publicKey;
        QString fingerprint;
        QDateTime firstImported;
    };
    struct StoredInfo
    {
        qint64 sequence = 0;
        QDateTime generatedAt;
        QString name;
    };
    struct Note
    {
        qint64 id = 0;
        QString memberId;
        QString text;
        QDateTime created;
    };
    struct SignOff
    {
        qint64 id = 0;
        QString memberId;
        qint64 summarySequence = 0;
        QDateTime summaryGeneratedAt;
        QString signedBy;
        QString comment;
        QDateTime signedAt;
    };

    TeamStore(Database& db, const Clock& clock);

    QString description() const override;
    Result<QList<TeamSummary>> latestSummaries() override;

    Result<std::optional<KnownMember>> member(const QString& memberId) const;
    Result<std::optional<StoredInfo>> latestInfo(const QString& memberId) const;
    Result<std::optional<TeamSummary>> summary(const QString& memberId) const;
    // Records a member's key (first import).
    Status addMember(const QString& memberId, const QByteArray& publicKey);
    // Replaces the member's stored summary with this one (payload: the signed JSON bytes).
    Status putSummary(const TeamSummary& summary, const QByteArray& payload, const QByteArray& bundle);

    Result<Note> addNote(const QString& memberId, const QString& text);
    Result<QList<Note>> notes(const QString& memberId) const;
    // Signs off the member's current summary.
    Result<SignOff> signOff(const QString& memberId, const QString& signedBy, const QString& comment);
    Result<QList<SignOff>> signOffs(const QString& memberId) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace cpd
