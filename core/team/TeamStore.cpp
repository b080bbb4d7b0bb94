#include "team/TeamStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "team/Ed25519.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace cpd {
namespace {

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

TeamStore::TeamStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

QString TeamStore::description() const
{
    return QStringLiteral("imported bundles");
}

Result<QList<TeamSummary>> TeamStore::latestSummaries()
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT summary_json FROM team_summaries ORDER BY member_id"));
    if (auto ok = Sql::exec(q, QStringLiteral("reading the team's summaries")); !ok)
        return std::unexpected(ok.error());
    QList<TeamSummary> out;
    while (q.next()) {
        auto s = TeamSummary::parse(q.value(0).toByteArray());
        if (!s)
            return fail(
                QCoreApplication::translate("TeamStore", "A stored team summary cannot be read: %1")
                    .arg(s.error().message));
        out << std::move(*s);
    }
    return out;
}

Result<std::optional<TeamStore::KnownMember>> TeamStore::member(const QString& memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT public_key, fingerprint, first_imported FROM team_members WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (auto ok = Sql::exec(q, QStringLiteral("reading a team member")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<KnownMember>{};
    return std::optional<KnownMember>{
        KnownMember{memberId, q.value(0).toByteArray(), q.value(1).toString(), parseStamp(q.value(2))}};
}

Result<std::optional<TeamStore::StoredInfo>> TeamStore::latestInfo(const QString& memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT sequence, generated_at, name FROM team_summaries WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (auto ok = Sql::exec(q, QStringLiteral("reading a team summary")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<StoredInfo>{};
    return std::optional<StoredInfo>{StoredInfo{q.value(0).toLongLong(), parseStamp(q.value(1)), q.value(2).toString()}};
}

Result<std::optional<TeamSummary>> TeamStore::summary(const QString& memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT summary_json FROM team_summaries WHERE member_id = ?"));
    q.addBindValue(memberId);
    if (auto ok = Sql::exec(q, QStringLiteral("reading a team summary")); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return std::optional<TeamSummary>{};
    auto s = TeamSummary::parse(q.value(0).toByteArray());
    if (!s)
        return fail(
            QCoreApplication::translate("TeamStore", "The stored summary of %1 cannot be read: %2")
                .arg(memberId, s.error().message));
    return std::optional<TeamSummary>{std::move(*s)};
}

Status TeamStore::addMember(const QString& memberId, const QByteArray& publicKey)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO team_members (member_id, public_key, fingerprint, first_imported) VALUES (?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(publicKey);
    q.addBindValue(Ed25519::fingerprint(publicKey));
    q.addBindValue(stamp(m_clock.now()));
    return Sql::exec(q, QStringLiteral("recording a team member's key"));
}

Status TeamStore::putSummary(const TeamSummary& summary, const QByteArray& payload, const QByteArray& bundle)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO team_summaries "
                             "(member_id, sequence, generated_at, name, summary_json, bundle, imported_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(summary.memberId);
    q.addBindValue(summary.sequence);
    q.addBindValue(stamp(summary.generatedAt));
    q.addBindValue(summary.name);
    q.addBindValue(QString::fromUtf8(payload));
    q.addBindValue(bundle);
    q.addBindValue(stamp(m_clock.now()));
    return Sql::exec(q, QStringLiteral("storing a team summary"));
}

Result<TeamStore::Note> TeamStore::addNote(const QString& memberId, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return fail(QCoreApplication::translate("TeamStore", "A note needs some text."));
    Note n{0, memberId, trimmed, m_clock.now().toUTC()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO team_notes (member_id, text, created) VALUES (?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(trimmed);
    q.addBindValue(stamp(n.created));
    if (auto ok = Sql::exec(q, QStringLiteral("saving the note")); !ok)
        return std::unexpected(ok.error());
    n.id = q.lastInsertId().toLongLong();
    return n;
}

Result<QList<TeamStore::Note>> TeamStore::notes(const QString& memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, text, created FROM team_notes WHERE member_id = ? ORDER BY created, id"));
    q.addBindValue(memberId);
    if (auto ok = Sql::exec(q, QStringLiteral("reading the notes")); !ok)
        return std::unexpected(ok.error());
    QList<Note> out;
    while (q.next())
        out << Note{q.value(0).toLongLong(), memberId, q.value(1).toString(), parseStamp(q.value(2))};
    return out;
}

Result<TeamStore::SignOff> TeamStore::signOff(const QString& memberId, const QString& signedBy,
                                              const QString& comment)
{
    if (signedBy.trimmed().isEmpty())
        return fail(QCoreApplication::translate("TeamStore",
                                                "A sign-off needs the name of who signs it off."));
    auto info = latestInfo(memberId);
    if (!info)
        return std::unexpected(info.error());
    if (!*info)
        return fail(QCoreApplication::translate("TeamStore",
                                                "There is no summary of member %1 to sign off.")
                        .arg(memberId));
    SignOff s{0, memberId, (*info)->sequence, (*info)->generatedAt, signedBy.trimmed(), comment.trimmed(),
              m_clock.now().toUTC()};
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO team_signoffs (member_id, summary_sequence, summary_generated_at, "
                             "signed_by, comment, signed_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(memberId);
    q.addBindValue(s.summarySequence);
    q.addBindValue(stamp(s.summaryGeneratedAt));
    q.addBindValue(s.signedBy);
    q.addBindValue(s.comment);
    q.addBindValue(stamp(s.signedAt));
    if (auto ok = Sql::exec(q, QStringLiteral("saving the sign-off")); !ok)
        return std::unexpected(ok.error());
    s.id = q.lastInsertId().toLongLong();
    return s;
}

Result<QList<TeamStore::SignOff>> TeamStore::signOffs(const QString& memberId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, summary_sequence, summary_generated_at, signed_by, comment, signed_at "
                             "FROM team_signoffs WHERE member_id = ? ORDER BY signed_at, id"));
    q.addBindValue(memberId);
    if (auto ok = Sql::exec(q, QStringLiteral("reading the sign-offs")); !ok)
        return std::unexpected(ok.error());
    QList<SignOff> out;
    while (q.next()) {
        out << SignOff{q.value(0).toLongLong(), memberId, q.value(1).toLongLong(), parseStamp(q.value(2)),
                       q.value(3).toString(), q.value(4).toString(), parseStamp(q.value(5))};
    }
    return out;
}

} // namespace cpd
