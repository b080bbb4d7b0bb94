#include "journal/EntryRepository.h"

#include "journal/EntryJson.h"
#include "journal/EntryValidator.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cpd {
namespace {

const QString kColumns = QStringLiteral(
    "e.id, e.title, e.date, e.end_date, e.activity, e.hours, e.participatory_hours, e.credits, "
    "e.template, e.reflection, e.code_themes, e.gmp_domains, e.feedback_source, e.feedback_type, "
    "e.status, e.created, e.updated, e.extra");

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compactJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QStringList stringList(const QString& json)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : array)
        out << v.toString();
    return out;
}

// Prepared statements reused across a batch, so a 100,000-entry import stays fast.
class Writer
{
public:
    explicit Writer(const QSqlDatabase& db)
        : m_db(db), insertEntry(db), updateEntry(db), seqOf(db), deleteTags(db), deleteLinks(db),
          deleteTopics(db), insertTag(db), insertLink(db), insertTopic(db), deleteFts(db),
          insertFts(db)
    {
    }

    // For a batch: search rows wait in a temporary table and reach entry_fts in one statement
    // (finish()). FTS5 writes its pending rows out at every statement's savepoint, so a row per
    // statement, between the entries' own inserts, made a segment per entry and merged them.
    // SearchRows::Pending leaves them in main.pending_entry_fts, unindexed.
    Status prepare(bool batch = false, EntryRepository::SearchRows rows = EntryRepository::SearchRows::Indexed)
    {
        const bool pending = rows == EntryRepository::SearchRows::Pending;
        m_batch = batch && !pending;
        const QString table = pending ? QStringLiteral("main.pending_entry_fts")
                              : m_batch ? QStringLiteral("temp.pending_entry_fts")
                                        : QStringLiteral("entry_fts");
        if (pending || m_batch) {
            if (auto ok = Sql::exec(m_db,
                                    QStringLiteral("CREATE TABLE IF NOT EXISTS %1 "
                                                   "(rowid INTEGER PRIMARY KEY, title, reflection, tags, links)")
                                        .arg(table),
                                    QCoreApplication::translate("EntryRepository", "index the entries for search"));
                !ok)
                return ok;
        }
        const QString cols = QStringLiteral(
            "title, date, end_date, activity, hours, participatory_hours, credits, template, "
            "reflection, code_themes, gmp_domains, feedback_source, feedback_type, status, "
            "created, updated, extra");
        const std::pair<QSqlQuery*, QString> statements[] = {
            {&insertEntry, QStringLiteral("INSERT INTO entries (%1, id) VALUES "
                                          "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                               .arg(cols)},
            {&updateEntry,
             QStringLiteral("UPDATE entries SET title=?, date=?, end_date=?, activity=?, hours=?, "
                            "participatory_hours=?, credits=?, template=?, reflection=?, "
                            "code_themes=?, gmp_domains=?, feedback_source=?, feedback_type=?, "
                            "status=?, created=?, updated=?, extra=? WHERE id=?")},
            {&seqOf, QStringLiteral("SELECT seq FROM entries WHERE id = ?")},
            {&deleteTags, QStringLiteral("DELETE FROM entry_tags WHERE entry_id = ?")},
            {&deleteLinks, QStringLiteral("DELETE FROM entry_links WHERE entry_id = ?")},
            {&deleteTopics, QStringLiteral("DELETE FROM entry_topics WHERE entry_id = ?")},
            {&insertTag, QStringLiteral("INSERT INTO entry_tags (entry_id, position, tag) VALUES (?,?,?)")},
            {&insertLink, QStringLiteral("INSERT INTO entry_links (entry_id, position, kind, url, "
                                         "title) VALUES (?,?,?,?,?)")},
            {&insertTopic, QStringLiteral("INSERT INTO entry_topics (entry_id, position, topic_id, "
                                          "level) VALUES (?,?,?,?)")},
            {&deleteFts, QStringLiteral("DELETE FROM entry_fts WHERE rowid = ?")},
            {&insertFts, QStringLiteral("INSERT INTO %1 (rowid, title, reflection, tags, "
                                        "links) VALUES (?,?,?,?,?)")
                             .arg(table)},
        };
        for (const auto& [query, sql] : statements) {
            if (auto ok = Sql::prepare(*query, sql); !ok)
                return ok;
        }
        return {};
    }

    Status write(const Entry& e, bool isNew)
    {
        const QString saving = QStringLiteral("save the entry \"%1\"").arg(e.title);
        QSqlQuery& q = isNew ? insertEntry : updateEntry;
        const QVariantList values = {
            e.title,
            EntryJson::dateToString(e.date),
            nullable(EntryJson::dateToString(e.endDate)),
            e.activity,
            e.hours,
            e.participatoryHours,
            e.credits ? QVariant(*e.credits) : QVariant(QMetaType(QMetaType::Double)),
            e.templateId,
            compactJson(reflectionObject(e)),
            compactJson(e.codeThemes),
            compactJson(e.gmpDomains),
            nullable(e.feedbackSource),
            nullable(e.feedbackType),
            e.status,
            EntryJson::timestampToString(e.created),
            EntryJson::timestampToString(e.updated),
            compactJson(e.extra),
            e.id,
        };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        if (auto ok = Sql::exec(q, saving); !ok)
            return ok;
        qint64 seq = 0;
        if (isNew) {
            seq = q.lastInsertId().toLongLong();
        } else {
            if (q.numRowsAffected() == 0)
                return fail(
                    QCoreApplication::translate("EntryRepository", "There is no entry with id %1.")
                        .arg(e.id));
            seqOf.bindValue(0, e.id);
            if (auto ok = Sql::exec(seqOf, saving); !ok)
                return ok;
            seqOf.next();
            seq = seqOf.value(0).toLongLong();
            seqOf.finish();
            for (QSqlQuery* del : {&deleteTags, &deleteLinks, &deleteTopics}) {
                del->bindValue(0, e.id);
                if (auto ok = Sql::exec(*del, saving); !ok)
                    return ok;
            }
            deleteFts.bindValue(0, seq);
            if (auto ok = Sql::exec(deleteFts, saving); !ok)
                return ok;
        }
        for (int i = 0; i < e.tags.size(); ++i) {
            insertTag.bindValue(0, e.id);
            insertTag.bindValue(1, i);
            insertTag.bindValue(2, e.tags.at(i));
            if (auto ok = Sql::exec(insertTag, saving); !ok)
                return ok;
        }
        QStringList linkTitles;
        for (int i = 0; i < e.links.size(); ++i) {
            const Link& l = e.links.at(i);
            insertLink.bindValue(0, e.id);
            insertLink.bindValue(1, i);
            insertLink.bindValue(2, l.kind);
            insertLink.bindValue(3, l.url);
            insertLink.bindValue(4, l.title);
            if (auto ok = Sql::exec(insertLink, saving); !ok)
                return ok;
            linkTitles << l.title;
        }
        for (int i = 0; i < e.topics.size(); ++i) {
            insertTopic.bindValue(0, e.id);
            insertTopic.bindValue(1, i);
            insertTopic.bindValue(2, e.topics.at(i).id);
            insertTopic.bindValue(3, e.topics.at(i).level);
            if (auto ok = Sql::exec(insertTopic, saving); !ok)
                return ok;
        }
        insertFts.bindValue(0, seq);
        insertFts.bindValue(1, e.title);
        insertFts.bindValue(2, e.reflectionText());
        insertFts.bindValue(3, e.tags.join(QLatin1Char(' ')));
        insertFts.bindValue(4, linkTitles.join(QLatin1Char('\n')));
        return Sql::exec(insertFts, saving);
    }

    // A batch's search rows into entry_fts, in the order written.
    Status finish()
    {
        if (!m_batch)
            return {};
        insertFts.finish();
        const QString indexing = QCoreApplication::translate("EntryRepository", "index the entries for search");
        if (auto ok = Sql::exec(m_db,
                                QStringLiteral("INSERT INTO entry_fts (rowid, title, reflection, tags, links) "
                                               "SELECT rowid, title, reflection, tags, links FROM temp.pending_entry_fts ORDER BY rowid"),
                                indexing);
            !ok)
            return ok;
        return Sql::exec(m_db, QStringLiteral("DROP TABLE temp.pending_entry_fts"), indexing);
    }

private:
    static QJsonObject reflectionObject(const Entry& e)
    {
        QJsonObject reflection;
        for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it)
            reflection.insert(it.key(), it.value());
        return reflection;
    }

    QSqlDatabase m_db;
    bool m_batch = false;
    QSqlQuery insertEntry, updateEntry, seqOf, deleteTags, deleteLinks, deleteTopics, insertTag,
        insertLink, insertTopic, deleteFts, insertFts;
};

} // namespace

EntryRepository::EntryRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<Entry> EntryRepository::add(Entry entry)
{
    auto added = addMany({std::move(entry)});
    if (!added)
        return std::unexpected(added.error());
    return added->first();
}

Result<QList<Entry>> EntryRepository::addMany(QList<Entry> entries, SearchRows rows)
{
    const QDateTime now = m_clock.now();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        EntryValidator::normalise(e);
        if (e.id.isEmpty())
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (!e.created.isValid())
            e.created = now;
        if (!e.updated.isValid())
            e.updated = now;
        if (auto ok = EntryValidator::validate(e); !ok) {
            if (entries.size() == 1)
                return std::unexpected(ok.error());
            return fail(QCoreApplication::translate("EntryRepository", "entry %1 (\"%2\"): %3")
                            .arg(i + 1)
                            .arg(e.title, ok.error().message));
        }
    }
    Status stored = m_db.transaction([&]() -> Status {
        Writer writer(m_db.connection());
        if (auto ok = writer.prepare(entries.size() > 1, rows); !ok)
            return ok;
        QSqlQuery exists(m_db.connection());
        if (auto ok = Sql::prepare(exists, QStringLiteral("SELECT 1 FROM entries WHERE id = ?")); !ok)
            return ok;
        for (const Entry& e : std::as_const(entries)) {
            exists.bindValue(0, e.id);
            if (auto ok = Sql::exec(
                    exists, QCoreApplication::translate("EntryRepository", "check the entry's id"));
                !ok)
                return ok;
            const bool taken = exists.next();
            exists.finish();
            if (taken)
                return fail(QCoreApplication::translate(
                                "EntryRepository", "An entry with id %1 is already in the journal.")
                                .arg(e.id));
            if (auto ok = writer.write(e, true); !ok)
                return ok;
        }
        return writer.finish();
    });
    if (!stored)
        return std::unexpected(stored.error());
    return entries;
}

Result<Entry> EntryRepository::update(Entry entry)
{
    EntryValidator::normalise(entry);
    if (entry.id.isEmpty())
        return fail(QCoreApplication::translate(
            "EntryRepository", "The entry has no id, so there is nothing to update."));
    auto stored = get(entry.id);
    if (!stored)
        return std::unexpected(stored.error());
    entry.created = stored->created;
    entry.updated = m_clock.now();
    if (auto ok = EntryValidator::validate(entry); !ok)
        return std::unexpected(ok.error());
    Status written = m_db.transaction([&]() -> Status {
        Writer writer(m_db.connection());
        if (auto ok = writer.prepare(); !ok)
            return ok;
        return writer.write(entry, false);
    });
    if (!written)
        return std::unexpected(written.error());
    return entry;
}

Result<Entry> EntryRepository::get(const QString& id) const
{
    auto found = load(QStringLiteral("e.id = ?"), {id.trimmed().toLower()}, {});
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(QCoreApplication::translate("EntryRepository", "There is no entry with id %1.")
                        .arg(id));
    return found->first();
}

Result<bool> EntryRepository::exists(const QString& id) const
{
    auto v = Sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM entries WHERE id = ?"),
                         QStringLiteral("look up an entry"), {id});
    if (!v)
        return std::unexpected(v.error());
    return v->toInt() > 0;
}

Result<int> EntryRepository::count(const EntryFilter& filter) const
{
    QVariantList binds;
    const QString where = filter.whereClause(QStringLiteral("e"), binds);
    // The whole journal is counted in its smallest index, (date, seq) over the live entries: the
    // planner, not seeing that this partial index alone answers, scanned a wider one (at 100,000
    // entries 1,600 pages against 600).
    const QString table = filter == EntryFilter{} ? QStringLiteral("entries e INDEXED BY entries_live_by_date")
                                                  : QStringLiteral("entries e");
    auto v = Sql::scalar(
        m_db.connection(), QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where),
        QCoreApplication::translate("EntryRepository", "count the entries"), binds);
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<QList<EntrySummary>> EntryRepository::summaries(const EntryFilter& filter, int offset,
                                                       int limit) const
{
    return summaries(filter, std::nullopt, Towards::End, offset, limit);
}

Result<QList<EntrySummary>> EntryRepository::summaries(const EntryFilter& filter,
                                                       const std::optional<EntryListKey>& from,
                                                       Towards towards, int offset, int limit) const
{
    QVariantList binds;
    QString where = filter.whereClause(QStringLiteral("e"), binds);
    const bool trash = filter.place == EntryFilter::Place::Trash;
    const QString sortColumn = trash ? QStringLiteral("e.deleted_at") : QStringLiteral("e.date");
    const bool forward = towards == Towards::End;
    if (from) {
        where += QStringLiteral(" AND (%1, e.seq) %2 (?, ?)").arg(sortColumn, forward ? QStringLiteral("<") : QStringLiteral(">"));
        binds << from->value << from->seq;
    }
    const QString direction = forward ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString order = QStringLiteral("%1 %2, e.seq %2").arg(sortColumn, direction);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT e.id, e.title, e.date, e.activity, e.hours, e.participatory_hours, e.status, "
        "e.updated, e.deleted_at, (SELECT group_concat(topic_id, ',') FROM "
        "(SELECT topic_id FROM entry_topics p WHERE p.entry_id = e.id ORDER BY position)), e.seq "
        "FROM entries e WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?")
                            .arg(where, order);
    if (auto ok = Sql::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    binds << limit << offset;
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (auto ok = Sql::exec(q, QCoreApplication::translate("EntryRepository", "list the entries"));
        !ok)
        return std::unexpected(ok.error());
    QList<EntrySummary> out;
    while (q.next()) {
        EntrySummary s;
        s.id = q.value(0).toString();
        s.title = q.value(1).toString();
        const QString date = q.value(2).toString();
        s.date = QDate::fromString(date, Qt::ISODate);
        s.activity = q.value(3).toString();
        s.hours = q.value(4).toDouble();
        s.participatoryHours = q.value(5).toDouble();
        s.status = q.value(6).toString();
        s.updated = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        const QString deletedAt = q.value(8).toString();
        s.deletedAt = QDateTime::fromString(deletedAt, Qt::ISODate);
        const QString topics = q.value(9).toString();
        if (!topics.isEmpty())
            s.topics = topics.split(QLatin1Char(','));
        s.key = {trash ? deletedAt : date, q.value(10).toLongLong()};
        out.append(s);
    }
    if (!forward)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<QList<Entry>> EntryRepository::entries(const EntryFilter& filter) const
{
    QVariantList binds;
    const QString where = filter.whereClause(QStringLiteral("e"), binds);
    return load(where, binds, QStringLiteral("ORDER BY e.date DESC, e.seq DESC"));
}

Status EntryRepository::forEachPage(const EntryFilter& filter, const QString& order, int pageSize,
                                   const std::function<Status(const QList<Entry>&)>& page) const
{
    QVariantList binds;
    const QString where = filter.whereClause(QStringLiteral("e"), binds);
    QList<qint64> seqs;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (auto ok = Sql::prepare(q, QStringLiteral("SELECT e.seq FROM entries e WHERE %1 ORDER BY %2").arg(where, order)); !ok)
            return ok;
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        if (auto ok = Sql::exec(q, QCoreApplication::translate("EntryRepository", "read the journal")); !ok)
            return ok;
        while (q.next())
            seqs << q.value(0).toLongLong();
    }
    for (qsizetype from = 0; from < seqs.size(); from += pageSize) {
        QStringList in;
        for (qsizetype i = from; i < qMin(from + pageSize, seqs.size()); ++i)
            in << QString::number(seqs.at(i));
        // A run of the order, so ordering it again by the same keys keeps it.
        auto entries = load(QStringLiteral("e.seq IN (%1)").arg(in.join(QLatin1Char(','))), {},
                            QStringLiteral("ORDER BY ") + order);
        if (!entries)
            return std::unexpected(entries.error());
        if (auto ok = page(*entries); !ok)
            return ok;
    }
    return {};
}

Result<QList<Entry>> EntryRepository::load(const QString& where, const QVariantList& binds,
                                           const QString& orderAndLimit) const
{
    const QSqlDatabase db = m_db.connection();
    const QString reading = QCoreApplication::translate("EntryRepository", "read the journal");
    auto run = [&](QSqlQuery& q, const QString& sql) -> Status {
        q.setForwardOnly(true);
        if (auto ok = Sql::prepare(q, sql); !ok)
            return ok;
        for (int i = 0; i < binds.size(); ++i)
            q.bindValue(i, binds.at(i));
        return Sql::exec(q, reading);
    };

    QList<Entry> out;
    QHash<QString, qsizetype> index;
    QSqlQuery q(db);
    if (auto ok = run(q, QStringLiteral("SELECT %1 FROM entries e WHERE %2 %3").arg(kColumns, where, orderAndLimit));
        !ok)
        return std::unexpected(ok.error());
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toString();
        e.title = q.value(1).toString();
        e.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        e.endDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        e.activity = q.value(4).toString();
        e.hours = q.value(5).toDouble();
        e.participatoryHours = q.value(6).toDouble();
        if (!q.value(7).isNull())
            e.credits = q.value(7).toDouble();
        e.templateId = q.value(8).toString();
        const QJsonObject reflection = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
        for (auto it = reflection.begin(); it != reflection.end(); ++it)
            e.reflection.insert(it.key(), it.value().toString());
        e.codeThemes = stringList(q.value(10).toString());
        e.gmpDomains = stringList(q.value(11).toString());
        e.feedbackSource = q.value(12).toString();
        e.feedbackType = q.value(13).toString();
        e.status = q.value(14).toString();
        e.created = QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
        e.updated = QDateTime::fromString(q.value(16).toString(), Qt::ISODate);
        e.extra = QJsonDocument::fromJson(q.value(17).toString().toUtf8()).object();
        index.insert(e.id, out.size());
        out.append(std::move(e));
    }
    if (out.isEmpty())
        return out;

    const QString join = QStringLiteral("JOIN entries e ON e.id = c.entry_id WHERE %1 ORDER BY c.entry_id, c.position").arg(where);
    QSqlQuery tags(db);
    if (auto ok = run(tags, QStringLiteral("SELECT c.entry_id, c.tag FROM entry_tags c %1").arg(join)); !ok)
        return std::unexpected(ok.error());
    while (tags.next())
        out[index.value(tags.value(0).toString())].tags << tags.value(1).toString();
    QSqlQuery links(db);
    if (auto ok = run(links, QStringLiteral("SELECT c.entry_id, c.kind, c.url, c.title FROM entry_links c %1").arg(join));
        !ok)
        return std::unexpected(ok.error());
    while (links.next()) {
        out[index.value(links.value(0).toString())].links.append(
            {links.value(1).toString(), links.value(2).toString(), links.value(3).toString()});
    }
    QSqlQuery topics(db);
    if (auto ok = run(topics, QStringLiteral("SELECT c.entry_id, c.topic_id, c.level FROM entry_topics c %1").arg(join));
        !ok)
        return std::unexpected(ok.error());
    while (topics.next()) {
        out[index.value(topics.value(0).toString())].topics.append(
            {topics.value(1).toString(), topics.value(2).toString()});
    }
    return out;
}

Result<QStringList> EntryRepository::allTags() const
{
    QSqlQuery q(m_db.connection());
    // A hundred-odd tags over hundreds of thousands of rows: hop through the (tag, entry_id) index
    // from one tag to the next (tags compare without regard to case), and keep of each the first
    // spelling, in index order, on an entry not in the trash. The same answer as DISTINCT over
    // every row, which read the whole index (a 100,000-entry journal: 4,000 pages, 45 ms).
    if (!q.exec(QStringLiteral(
            "WITH RECURSIVE spellings(tag) AS ("
            " SELECT (SELECT tag FROM entry_tags ORDER BY tag LIMIT 1)"
            " UNION ALL SELECT (SELECT t.tag FROM entry_tags t WHERE t.tag > s.tag ORDER BY t.tag LIMIT 1)"
            " FROM spellings s WHERE s.tag IS NOT NULL),"
            " live(tag) AS MATERIALIZED (SELECT (SELECT t.tag FROM entry_tags t WHERE t.tag = s.tag AND"
            " t.entry_id NOT IN (SELECT id FROM entries WHERE deleted_at IS NOT NULL)"
            " ORDER BY t.tag, t.entry_id LIMIT 1) FROM spellings s WHERE s.tag IS NOT NULL)"
            " SELECT tag FROM live WHERE tag IS NOT NULL ORDER BY tag COLLATE NOCASE")))
        return fail(Sql::describe(q.lastError(),
                                  QCoreApplication::translate("EntryRepository", "list the tags")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status EntryRepository::moveToTrash(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE entries SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(EntryJson::timestampToString(m_clock.now()));
    q.addBindValue(id.trimmed().toLower());
    if (auto ok = Sql::exec(
            q, QCoreApplication::translate("EntryRepository", "move the entry to the trash"));
        !ok)
        return ok;
    if (q.numRowsAffected() == 0) {
        auto found = exists(id);
        if (found && *found)
            return fail(
                QCoreApplication::translate("EntryRepository", "Entry %1 is already in the trash.")
                    .arg(id));
        return fail(QCoreApplication::translate("EntryRepository", "There is no entry with id %1.")
                        .arg(id));
    }
    return {};
}

Status EntryRepository::restore(const QString& id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE entries SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
    q.addBindValue(id.trimmed().toLower());
    if (auto ok = Sql::exec(q, QCoreApplication::translate("EntryRepository", "restore the entry"));
        !ok)
        return ok;
    if (q.numRowsAffected() == 0) {
        auto found = exists(id);
        if (found && *found)
            return fail(
                QCoreApplication::translate("EntryRepository", "Entry %1 is not in the trash.")
                    .arg(id));
        return fail(QCoreApplication::translate("EntryRepository", "There is no entry with id %1.")
                        .arg(id));
    }
    return {};
}

Status EntryRepository::purge(const QString& id)
{
    const QString key = id.trimmed().toLower();
    return m_db.transaction([&]() -> Status {
        auto seq = Sql::scalar(
            m_db.connection(),
            QStringLiteral("SELECT seq FROM entries WHERE id = ? AND deleted_at IS NOT NULL"),
            QCoreApplication::translate("EntryRepository", "find the entry"), {key});
        if (!seq)
            return std::unexpected(seq.error());
        if (seq->isNull()) {
            auto found = exists(key);
            if (found && *found)
                return fail(QCoreApplication::translate(
                                "EntryRepository",
                                "Entry %1 is not in the trash; delete it first, then purge it.")
                                .arg(id));
            return fail(
                QCoreApplication::translate("EntryRepository", "There is no entry with id %1.")
                    .arg(id));
        }
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM entry_fts WHERE rowid = ?"));
        q.addBindValue(*seq);
        if (auto ok =
                Sql::exec(q, QCoreApplication::translate("EntryRepository", "purge the entry"));
            !ok)
            return ok;
        q.prepare(QStringLiteral("DELETE FROM entries WHERE seq = ?"));
        q.addBindValue(*seq);
        return Sql::exec(q, QCoreApplication::translate("EntryRepository", "purge the entry"));
    });
}

Result<int> EntryRepository::emptyTrash()
{
    int purged = 0;
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("DELETE FROM entry_fts WHERE rowid IN (SELECT seq FROM entries WHERE deleted_at IS NOT NULL)")))
            return fail(Sql::describe(
                q.lastError(), QCoreApplication::translate("EntryRepository", "empty the trash")));
        if (!q.exec(QStringLiteral("DELETE FROM entries WHERE deleted_at IS NOT NULL")))
            return fail(Sql::describe(
                q.lastError(), QCoreApplication::translate("EntryRepository", "empty the trash")));
        purged = q.numRowsAffected();
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return purged;
}

} // namespace cpd
