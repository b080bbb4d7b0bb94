#include "evidence/CaseNoteRepository.h"

#include "evidence/EvidenceLinker.h"
#include "privacy/IdentifierCheck.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QUuid>

namespace cpd {

namespace {

// Null QStrings bind as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString nn(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

CaseNoteRepository::CaseNoteRepository(Database& db, const Clock& clock, const IdentifierCheck& check)
    : m_db(db), m_clock(clock), m_check(check)
{
}

Status CaseNoteRepository::checkIdentifiers(const CaseNote& note) const
{
    if (note.summary.trimmed().isEmpty())
        return fail(
            QCoreApplication::translate("CaseNoteRepository", "A case note needs a summary."));
    if (!note.ageBand.isEmpty() && !CaseNote::ageBands().contains(note.ageBand))
        return fail(QCoreApplication::translate("CaseNoteRepository", "Unknown age band \"%1\".")
                        .arg(note.ageBand));
    const QList<IdentifierFinding> found = m_check.check(note.texts());
    if (found.isEmpty())
        return {};
    QStringList what;
    for (const IdentifierFinding& f : found)
        what << QStringLiteral("%1 (\"%2\")").arg(f.kind, f.excerpt);
    return fail(QCoreApplication::translate("CaseNoteRepository",
                                            "The case note may identify a patient: %1. Remove it "
                                            "and save again; nothing was saved.")
                    .arg(what.join(QStringLiteral(", "))));
}

Result<CaseNote> CaseNoteRepository::add(CaseNote note)
{
    if (auto ok = checkIdentifiers(note); !ok)
        return std::unexpected(ok.error());
    if (note.id.isEmpty())
        note.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    note.created = note.updated = m_clock.now().toUTC();
    const QStringList entries = note.entryIds;
    note.entryIds.clear();
    Status saved = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (auto ok = Sql::prepare(q, QStringLiteral("INSERT INTO case_notes (id, summary, setting, age_band, learning_points, "
                                                     "outcome, follow_up, created, updated) VALUES (?,?,?,?,?,?,?,?,?)"));
            !ok)
            return ok;
        for (const QString& v : {note.id, nn(note.summary), nn(note.setting), nn(note.ageBand), nn(note.learningPoints), nn(note.outcome),
                                 nn(note.followUp), note.created.toString(Qt::ISODate), note.updated.toString(Qt::ISODate)})
            q.addBindValue(v);
        return Sql::exec(q,
                         QCoreApplication::translate("CaseNoteRepository", "save the case note"));
    });
    if (!saved)
        return std::unexpected(saved.error());
    EvidenceLinker linker(m_db, m_clock);
    for (const QString& entryId : entries) {
        if (auto ok = linker.linkCase(entryId, note.id); !ok) {
            remove(note.id);
            return std::unexpected(ok.error());
        }
    }
    return get(note.id);
}

Result<CaseNote> CaseNoteRepository::update(const CaseNote& note)
{
    if (auto ok = checkIdentifiers(note); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE case_notes SET summary = ?, setting = ?, age_band = ?, learning_points = ?, outcome = ?, "
                             "follow_up = ?, updated = ? WHERE id = ?"));
    for (const QString& v : {nn(note.summary), nn(note.setting), nn(note.ageBand), nn(note.learningPoints), nn(note.outcome), nn(note.followUp),
                             m_clock.now().toUTC().toString(Qt::ISODate), note.id})
        q.addBindValue(v);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("CaseNoteRepository", "save the case note"));
        !ok)
        return std::unexpected(ok.error());
    if (q.numRowsAffected() == 0)
        return fail(
            QCoreApplication::translate("CaseNoteRepository", "There is no case note with id %1.")
                .arg(note.id));
    return get(note.id);
}

Result<QList<CaseNote>> CaseNoteRepository::list() const
{
    const QString doing = QCoreApplication::translate("CaseNoteRepository", "read the case notes");
    QSqlQuery links(m_db.connection());
    if (!links.exec(QStringLiteral("SELECT case_id, entry_id FROM entry_cases ORDER BY entry_id")))
        return fail(Sql::describe(links.lastError(), doing));
    QHash<QString, QStringList> entries;
    while (links.next())
        entries[links.value(0).toString()].append(links.value(1).toString());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, summary, setting, age_band, learning_points, outcome, follow_up, created, updated "
                               "FROM case_notes ORDER BY created DESC, id")))
        return fail(Sql::describe(q.lastError(), doing));
    QList<CaseNote> out;
    while (q.next()) {
        CaseNote c;
        c.id = q.value(0).toString();
        c.summary = q.value(1).toString();
        c.setting = q.value(2).toString();
        c.ageBand = q.value(3).toString();
        c.learningPoints = q.value(4).toString();
        c.outcome = q.value(5).toString();
        c.followUp = q.value(6).toString();
        c.created = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        c.updated = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
        c.entryIds = entries.value(c.id);
        out.append(c);
    }
    return out;
}

Result<CaseNote> CaseNoteRepository::get(const QString& id) const
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const CaseNote& c : std::as_const(*all)) {
        if (c.id == id)
            return c;
    }
    return fail(
        QCoreApplication::translate("CaseNoteRepository", "There is no case note with id %1.")
            .arg(id));
}

Status CaseNoteRepository::remove(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM case_notes WHERE id = ?"));
    q.addBindValue(id);
    return Sql::exec(q, QCoreApplication::translate("CaseNoteRepository", "remove the case note"));
}

} // namespace cpd
