#include "evidence/EvidenceLinker.h"

#include "journal/EntryRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace cpd {

namespace {

Result<QVariantList> row(const Database& db, const QString& sql, const QString& id, const QString& what)
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    q.addBindValue(id);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("EvidenceLinker", "read the %1").arg(what));
        !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(QCoreApplication::translate("EvidenceLinker", "There is no %1 with id %2.")
                        .arg(what, id));
    QVariantList out;
    for (int i = 0; i < q.record().count(); ++i)
        out << q.value(i);
    return out;
}

} // namespace

EvidenceLinker::EvidenceLinker(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Status EvidenceLinker::linkGuideline(const QString& entryId, const QString& guidelineId)
{
    auto g = row(m_db, QStringLiteral("SELECT url, title, identifier FROM guidelines WHERE id = ?"), guidelineId,
                 QStringLiteral("guideline"));
    if (!g)
        return std::unexpected(g.error());
    const QString identifier = g->at(2).toString();
    const QString title = identifier.isEmpty() ? g->at(1).toString()
                                               : QStringLiteral("%1 (%2)").arg(g->at(1).toString(), identifier);
    return link(entryId, {QStringLiteral("guideline"), g->at(0).toString(), title},
                QStringLiteral("INSERT OR IGNORE INTO entry_guidelines (entry_id, guideline_id) VALUES (?, ?)"), guidelineId);
}

Status EvidenceLinker::linkCase(const QString& entryId, const QString& caseId)
{
    auto c = row(m_db, QStringLiteral("SELECT summary FROM case_notes WHERE id = ?"), caseId, QStringLiteral("case note"));
    if (!c)
        return std::unexpected(c.error());
    QString title = c->at(0).toString().simplified();
    if (title.size() > 120)
        title = title.left(119) + QChar(0x2026);
    return link(entryId, {QStringLiteral("case"), QStringLiteral("case:%1").arg(caseId), title},
                QStringLiteral("INSERT OR IGNORE INTO entry_cases (entry_id, case_id) VALUES (?, ?)"), caseId);
}

Status EvidenceLinker::linkFind(const QString& entryId, const QString& findId)
{
    auto f = row(m_db, QStringLiteral("SELECT url, excerpt, author FROM social_finds WHERE id = ?"), findId,
                 QStringLiteral("social find"));
    if (!f)
        return std::unexpected(f.error());
    QString title = f->at(1).toString().simplified();
    if (title.size() > 200)
        title = title.left(199) + QChar(0x2026);
    if (!f->at(2).toString().isEmpty())
        title = QStringLiteral("%1: %2").arg(f->at(2).toString(), title);
    return link(entryId, {QStringLiteral("social"), f->at(0).toString(), title},
                QStringLiteral("INSERT OR IGNORE INTO entry_finds (entry_id, find_id) VALUES (?, ?)"), findId);
}

Status EvidenceLinker::link(const QString& entryId, const Link& link, const QString& joinSql, const QString& evidenceId)
{
    EntryRepository entries(m_db, m_clock);
    auto entry = entries.get(entryId);
    if (!entry)
        return std::unexpected(entry.error());
    QSqlQuery q(m_db.connection());
    q.prepare(joinSql);
    q.addBindValue(entry->id);
    q.addBindValue(evidenceId);
    if (auto ok = Sql::exec(
            q, QCoreApplication::translate("EvidenceLinker", "link the evidence to the entry"));
        !ok)
        return ok;
    const bool present = std::any_of(entry->links.cbegin(), entry->links.cend(), [&](const Link& l) {
        return l.kind == link.kind && l.url == link.url && (!l.url.isEmpty() || l.title == link.title);
    });
    if (present)
        return {};
    entry->links.append(link);
    if (auto updated = entries.update(*entry); !updated)
        return std::unexpected(updated.error());
    return {};
}

} // namespace cpd
