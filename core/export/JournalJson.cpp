#include "export/JournalJson.h"

#include "journal/EntryJson.h"
#include "journal/EntryJsonWriter.h"
#include "journal/EntryRepository.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "util/Clock.h"
#include "util/IndentedJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

namespace cpd {
namespace {

struct TableSpec
{
    const char* name;
    const char* key; // comma-separated key columns: clashes and order
};

// Parents before children, so foreign keys hold while rows are restored.
constexpr TableSpec kTables[] = {
    {"guidelines", "id"},
    {"case_notes", "id"},
    {"social_finds", "id"},
    {"feeds", "id"},
    {"feed_items", "id"},
    {"entry_guidelines", "entry_id,guideline_id"},
    {"entry_cases", "entry_id,case_id"},
    {"entry_finds", "entry_id,find_id"},
    {"chat_decisions", "chat_key"},
    {"topic_feedback", "topic_id,term"},
};

QString timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue jsonOf(const QVariant& v)
{
    if (v.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant variantOf(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QVariant(qint64(d));
        return QVariant(d);
    }
    if (v.isBool())
        return QVariant(v.toBool() ? 1 : 0);
    if (v.isString())
        return QVariant(v.toString());
    return QVariant(QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                                  : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
}

Result<QStringList> columnsOf(const QSqlDatabase& db, const QString& schema, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table)))
        return fail(Sql::describe(
            q.lastError(),
            QCoreApplication::translate("JournalJson", "read the columns of %1").arg(table)));
    QStringList cols;
    while (q.next())
        cols << q.value(1).toString();
    if (cols.isEmpty())
        return fail(
            QCoreApplication::translate("JournalJson", "The journal has no table %1.").arg(table));
    return cols;
}

Result<QJsonArray> rowsOf(const QSqlDatabase& db, const TableSpec& t)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString table = QString::fromLatin1(t.name);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, QString::fromLatin1(t.key))))
        return fail(Sql::describe(
            q.lastError(), QCoreApplication::translate("JournalJson", "read %1").arg(table)));
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QJsonObject row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), jsonOf(q.value(i)));
        rows.append(row);
    }
    return rows;
}

// Everything read from the file and checked before anything is written.
struct Parsed
{
    std::optional<Profile> profile;
    int entries = 0; // live and trashed: handed to the sink as they were read
    Status written;  // the sink's first error
    QHash<QString, QString> deletedAt;
    QList<Record> records;
    QHash<QString, QJsonArray> rows;
};

// Entries, live then trashed, in the order exported, a page at a time, while the file has shown
// no problem: 100,000 of them held at once took as much memory again as the file's JSON.
using EntrySink = std::function<Status(const QList<Entry>&)>;

Result<Parsed> parse(const QByteArray& bytes, const EntrySink& sink)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("JournalJson", "The file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("JournalJson", "The file is not a CPD Journal export: it holds no JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != JournalJson::formatName())
        return fail(QCoreApplication::translate("JournalJson", "The file is not a CPD Journal export (its \"format\" is not \"%1\").").arg(JournalJson::formatName()));
    if (o.value(QStringLiteral("version")).toInt(0) < 1 || o.value(QStringLiteral("version")).toInt() > JournalJson::kVersion)
        return fail(QCoreApplication::translate("JournalJson", "The file is a version %1 export; this version of CPD Journal reads version %2.")
                        .arg(o.value(QStringLiteral("version")).toVariant().toString())
                        .arg(JournalJson::kVersion));
    Parsed p;
    QStringList problems;
    const QJsonValue profile = o.value(QStringLiteral("profile"));
    if (profile.isObject()) {
        auto pr = Profile::fromJson(profile.toObject());
        if (!pr)
            problems << QStringLiteral("profile: %1").arg(pr.error().message);
        else
            p.profile = *pr;
    } else if (!profile.isNull() && !profile.isUndefined()) {
        problems << QCoreApplication::translate("JournalJson",
                                                "\"profile\" must be an object or null");
    }
    auto arrayAt = [&](const QString& key) {
        const QJsonValue v = o.value(key);
        if (!v.isArray() && !v.isUndefined())
            problems
                << QCoreApplication::translate("JournalJson", "\"%1\" must be an array").arg(key);
        return v.toArray();
    };
    const QJsonArray entries = arrayAt(QStringLiteral("entries"));
    QList<Entry> page;
    auto flush = [&] {
        if (problems.isEmpty() && p.written && !page.isEmpty())
            p.written = sink(page);
        page.clear();
    };
    auto take = [&](Entry&& e) {
        ++p.entries;
        page << std::move(e);
        if (page.size() >= 500)
            flush();
    };
    QSet<QString> ids;
    auto takeEntry = [&](const QJsonValue& v, const QString& where) -> std::optional<Entry> {
        if (!v.isObject()) {
            problems << QCoreApplication::translate("JournalJson", "%1: not an object").arg(where);
            return std::nullopt;
        }
        auto e = EntryJson::fromJson(v.toObject());
        if (!e) {
            problems << QStringLiteral("%1: %2").arg(where, e.error().message);
            return std::nullopt;
        }
        if (e->id.isEmpty() || !e->created.isValid() || !e->updated.isValid()) {
            problems << QCoreApplication::translate(
                            "JournalJson",
                            "%1: an exported entry has an \"id\", \"created\" and \"updated\"")
                            .arg(where);
            return std::nullopt;
        }
        if (ids.contains(e->id)) {
            problems << QCoreApplication::translate("JournalJson", "%1: the id %2 appears twice")
                            .arg(where, e->id);
            return std::nullopt;
        }
        ids.insert(e->id);
        return *e;
    };
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (auto e = takeEntry(entries.at(i), QStringLiteral("entries[%1]").arg(i)))
            take(std::move(*e));
    }
    const QJsonArray trash = arrayAt(QStringLiteral("trash"));
    for (qsizetype i = 0; i < trash.size(); ++i) {
        const QJsonObject t = trash.at(i).toObject();
        const QString deleted = t.value(QStringLiteral("deleted_at")).toString();
        if (!QDateTime::fromString(deleted, Qt::ISODate).isValid()) {
            problems << QCoreApplication::translate("JournalJson",
                                                    "trash[%1]: \"deleted_at\" must be a timestamp")
                            .arg(i);
            continue;
        }
        if (auto e = takeEntry(t.value(QStringLiteral("entry")), QStringLiteral("trash[%1].entry").arg(i))) {
            p.deletedAt.insert(e->id, deleted);
            take(std::move(*e));
        }
    }
    flush();
    const QJsonArray records = arrayAt(QStringLiteral("records"));
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonObject r = records.at(i).toObject();
        auto rec = Record::fromJson(r.value(QStringLiteral("type")).toString(), r);
        if (!rec) {
            problems << QStringLiteral("records[%1]: %2").arg(i).arg(rec.error().message);
            continue;
        }
        rec->created = QDateTime::fromString(r.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
        rec->updated = QDateTime::fromString(r.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
        if (rec->id.isEmpty() || !rec->created.isValid() || !rec->updated.isValid()) {
            problems
                << QCoreApplication::translate(
                       "JournalJson",
                       "records[%1]: an exported record has an \"id\", \"created\" and \"updated\"")
                       .arg(i);
            continue;
        }
        p.records << *rec;
    }
    const QJsonValue tablesValue = o.value(QStringLiteral("tables"));
    if (!tablesValue.isObject() && !tablesValue.isUndefined())
        problems << QCoreApplication::translate("JournalJson", "\"tables\" must be an object");
    const QJsonObject tables = tablesValue.toObject();
    const QStringList known = JournalJson::tables();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!known.contains(it.key())) {
            problems << QCoreApplication::translate("JournalJson", "tables: unknown table \"%1\"")
                            .arg(it.key());
            continue;
        }
        if (!it.value().isArray()) {
            problems << QCoreApplication::translate("JournalJson",
                                                    "tables.%1 must be an array of rows")
                            .arg(it.key());
            continue;
        }
        const QJsonArray rows = it.value().toArray();
        for (const QJsonValue& row : rows) {
            if (!row.isObject()) {
                problems << QCoreApplication::translate("JournalJson",
                                                        "tables.%1: every row must be an object")
                                .arg(it.key());
                break;
            }
        }
        p.rows.insert(it.key(), rows);
    }
    if (!problems.isEmpty()) {
        const qsizetype shown = qMin<qsizetype>(problems.size(), 10);
        QString message = QCoreApplication::translate("JournalJson", "The file cannot be imported; nothing was changed:");
        for (qsizetype i = 0; i < shown; ++i)
            message += QLatin1Char('\n') + problems.at(i);
        if (problems.size() > shown)
            message += QLatin1Char('\n') +
                       QCoreApplication::translate("JournalJson", "…and %Ln more problems", nullptr,
                                                   int(problems.size() - shown));
        return fail(message);
    }
    return p;
}

// A clock that answers with one time: the scratch journal's stamps are all overwritten.
class StillClock final : public Clock
{
public:
    explicit StillClock(QDateTime t) : m_t(std::move(t)) {}
    QDateTime now() const override { return m_t; }

private:
    QDateTime m_t;
};

// Writes everything into a fresh journal through the repositories (which keep the tags, links,
// topics and search rows together), so the real journal only ever sees one table copy.
// The entries are there already (the parse's sink); the rest follows them.
Status fillScratch(Database& scratch, const Clock& clock, const Parsed& p)
{
    if (!p.written)
        return p.written;
    Status trashed = scratch.transaction([&]() -> Status {
        const QSqlDatabase db = scratch.connection();
        QSqlQuery q(db);
        if (auto ok = Sql::prepare(q, QStringLiteral("UPDATE entries SET deleted_at = ? WHERE id = ?")); !ok)
            return ok;
        for (auto it = p.deletedAt.begin(); it != p.deletedAt.end(); ++it) {
            q.bindValue(0, it.value());
            q.bindValue(1, it.key());
            if (auto ok =
                    Sql::exec(q, QCoreApplication::translate("JournalJson", "restore the trash"));
                !ok)
                return ok;
        }
        return {};
    });
    if (!trashed)
        return trashed;
    Status recorded = [&]() -> Status {
            RecordRepository records(scratch, clock);
            for (const Record& r : p.records) {
                auto added = records.add(r);
                if (!added)
                    return fail(QCoreApplication::translate("JournalJson", "record %1: %2")
                                    .arg(r.id, added.error().message));
            }
            QSqlQuery q(scratch.connection());
            if (auto ok = Sql::prepare(q, QStringLiteral("UPDATE revalidation_records SET created = ?, updated = ? WHERE id = ?")); !ok)
                return ok;
            for (const Record& r : p.records) {
                q.bindValue(0, timestamp(r.created));
                q.bindValue(1, timestamp(r.updated));
                q.bindValue(2, r.id);
                if (auto ok = Sql::exec(q, QCoreApplication::translate(
                                               "JournalJson", "restore the record's dates"));
                    !ok)
                    return ok;
            }
            if (p.profile)
                return ProfileRepository(scratch, clock).save(*p.profile);
            return {};
    }();
    if (!recorded)
        return recorded;
    return scratch.transaction([&]() -> Status {
                const QSqlDatabase db = scratch.connection();
                for (const TableSpec& t : kTables) {
                    const QString table = QString::fromLatin1(t.name);
                    const QJsonArray rows = p.rows.value(table);
                    if (rows.isEmpty())
                        continue;
                    auto cols = columnsOf(db, QStringLiteral("main"), table);
                    if (!cols)
                        return std::unexpected(cols.error());
                    for (qsizetype i = 0; i < rows.size(); ++i) {
                        const QJsonObject row = rows.at(i).toObject();
                        QStringList names;
                        QVariantList values;
                        for (auto it = row.begin(); it != row.end(); ++it) {
                            if (!cols->contains(it.key()))
                                return fail(
                                    QCoreApplication::translate(
                                        "JournalJson", "tables.%1[%2]: unknown column \"%3\"")
                                        .arg(table)
                                        .arg(i)
                                        .arg(it.key()));
                            names << it.key();
                            values << variantOf(it.value());
                        }
                        QSqlQuery q(db);
                        const QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                .arg(table, names.join(QLatin1Char(',')),
                                                     QStringList(names.size(), QStringLiteral("?")).join(QLatin1Char(',')));
                        if (auto ok = Sql::prepare(q, sql); !ok)
                            return ok;
                        for (qsizetype v = 0; v < values.size(); ++v)
                            q.bindValue(int(v), values.at(v));
                        if (!q.exec())
                            return fail(
                                QCoreApplication::translate("JournalJson", "tables.%1[%2]: %3")
                                    .arg(table)
                                    .arg(i)
                                    .arg(q.lastError().databaseText()));
                    }
                }
                return {};
            });
}

// The first few rows of scratch.table whose key is already in main.table, described.
Result<QStringList> clashes(const QSqlDatabase& db, const QString& table, const QString& key, const QString& describe)
{
    const QStringList keys = key.split(QLatin1Char(','));
    QStringList on;
    for (const QString& k : keys)
        on << QStringLiteral("m.%1 = s.%1").arg(k);
    QSqlQuery q(db);
    const QString sql = QStringLiteral("SELECT %1 FROM scratch.%2 s WHERE EXISTS (SELECT 1 FROM main.%2 m WHERE %3) LIMIT 4")
                            .arg(describe, table, on.join(QStringLiteral(" AND ")));
    if (!q.exec(sql))
        return fail(Sql::describe(
            q.lastError(),
            QCoreApplication::translate("JournalJson", "compare the file with the journal")));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status copyTable(const QSqlDatabase& db, const QString& table, const QString& order)
{
    auto cols = columnsOf(db, QStringLiteral("main"), table);
    if (!cols)
        return std::unexpected(cols.error());
    cols->removeAll(QStringLiteral("seq"));
    const QString list = cols->join(QLatin1Char(','));
    return Sql::exec(
        db,
        QStringLiteral("INSERT INTO main.%1 (%2) SELECT %2 FROM scratch.%1 ORDER BY %3")
            .arg(table, list, order),
        QCoreApplication::translate("JournalJson", "import %1").arg(table));
}

} // namespace

QStringList JournalJson::tables()
{
    QStringList out;
    for (const TableSpec& t : kTables)
        out << QString::fromLatin1(t.name);
    return out;
}

namespace {

constexpr int kPage = 500;

EntryFilter placeFilter(EntryFilter::Place place)
{
    EntryFilter f;
    f.place = place;
    return f;
}

const Clock& unusedClock()
{
    static const StillClock unused{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)};
    return unused;
}

// Everything of the export but "entries": the profile, the trash, the records and the tables.
Result<QJsonObject> restOf(Database& db)
{
    const QSqlDatabase conn = db.connection();
    QJsonObject out;
    out.insert(QStringLiteral("format"), JournalJson::formatName());
    out.insert(QStringLiteral("version"), JournalJson::kVersion);

    auto profile = ProfileRepository(db, unusedClock()).load();
    if (!profile)
        return std::unexpected(profile.error());
    out.insert(QStringLiteral("profile"), *profile ? QJsonValue((*profile)->toJson()) : QJsonValue(QJsonValue::Null));

    QHash<QString, QString> deletedAt;
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, deleted_at FROM entries WHERE deleted_at IS NOT NULL")))
            return fail(Sql::describe(
                q.lastError(), QCoreApplication::translate("JournalJson", "read the entries")));
        while (q.next())
            deletedAt.insert(q.value(0).toString(), q.value(1).toString());
    }
    QJsonArray trash;
    Status trashRead = EntryRepository(db, unusedClock())
                           .forEachPage(placeFilter(EntryFilter::Place::Trash), QStringLiteral("e.seq"), kPage,
                                        [&](const QList<Entry>& page) -> Status {
                                            for (const Entry& e : page)
                                                trash.append(QJsonObject{{QStringLiteral("deleted_at"), deletedAt.value(e.id)},
                                                                         {QStringLiteral("entry"), EntryJson::toJson(e)}});
                                            return {};
                                        });
    if (!trashRead)
        return std::unexpected(trashRead.error());
    out.insert(QStringLiteral("trash"), trash);

    auto records = RecordRepository(db, unusedClock()).list();
    if (!records)
        return std::unexpected(records.error());
    QHash<QString, Record> recordById;
    for (const Record& r : std::as_const(*records))
        recordById.insert(r.id, r);
    QJsonArray recordArray;
    {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id FROM revalidation_records ORDER BY seq")))
            return fail(Sql::describe(
                q.lastError(), QCoreApplication::translate("JournalJson", "read the records")));
        while (q.next()) {
            const auto it = recordById.constFind(q.value(0).toString());
            if (it == recordById.cend())
                continue;
            QJsonObject o = it->toJson();
            o.insert(QStringLiteral("created"), timestamp(it->created));
            o.insert(QStringLiteral("updated"), timestamp(it->updated));
            recordArray.append(o);
        }
    }
    out.insert(QStringLiteral("records"), recordArray);

    QJsonObject tables;
    for (const TableSpec& t : kTables) {
        auto rows = rowsOf(conn, t);
        if (!rows)
            return std::unexpected(rows.error());
        tables.insert(QString::fromLatin1(t.name), *rows);
    }
    out.insert(QStringLiteral("tables"), tables);
    return out;
}

} // namespace

Result<QJsonObject> JournalJson::exportJournal(Database& db)
{
    auto out = restOf(db);
    if (!out)
        return out;
    QJsonArray entries;
    Status read = EntryRepository(db, unusedClock())
                      .forEachPage(placeFilter(EntryFilter::Place::Journal), QStringLiteral("e.seq"), kPage,
                                   [&](const QList<Entry>& page) -> Status {
                                       for (const Entry& e : page)
                                           entries.append(EntryJson::toJson(e));
                                       return {};
                                   });
    if (!read)
        return std::unexpected(read.error());
    out->insert(QStringLiteral("entries"), entries);
    return out;
}

Result<QByteArray> JournalJson::exportText(Database& db, const std::function<Status(const QList<Entry>&)>& seeEntries,
                                           const std::function<Status(const QJsonObject&)>& seeRest)
{
    // "entries" sorts first of the document's keys: it is written, then the rest as Qt writes it.
    QByteArray out("{\n");
    IndentedJson::key(out, u"entries", 1);
    out.append('[');
    bool first = true;
    Status read = EntryRepository(db, unusedClock())
                      .forEachPage(placeFilter(EntryFilter::Place::Journal), QStringLiteral("e.seq"), kPage,
                                   [&](const QList<Entry>& page) -> Status {
                                       if (seeEntries) {
                                           if (auto ok = seeEntries(page); !ok)
                                               return ok;
                                       }
                                       for (const Entry& e : page) {
                                           out.append(first ? "\n" : ",\n");
                                           first = false;
                                           IndentedJson::indent(out, 2);
                                           EntryJsonWriter::append(out, e, 2);
                                       }
                                       return {};
                                   });
    if (!read)
        return std::unexpected(read.error());
    out.append('\n');
    IndentedJson::indent(out, 1);
    out.append("],\n");
    auto rest = restOf(db);
    if (!rest)
        return std::unexpected(rest.error());
    if (seeRest) {
        if (auto ok = seeRest(*rest); !ok)
            return std::unexpected(ok.error());
    }
    const QByteArray tail = QJsonDocument(*rest).toJson(QJsonDocument::Indented);
    out.append(tail.constData() + 2, tail.size() - 2); // without its opening "{\n"
    return out;
}

Result<JournalJson::ImportCounts> JournalJson::importJournal(Database& db, const Clock& clock, const QByteArray& bytes)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QCoreApplication::translate("JournalJson", "Could not make a temporary folder for the import: %1").arg(dir.errorString()));
    const QString scratchPath = dir.filePath(QStringLiteral("import.cpdjournal"));
    std::optional<Parsed> parsed;
    {
        auto scratch = Database::open(scratchPath);
        if (!scratch)
            return std::unexpected(scratch.error());
        // A throwaway file: no write-ahead log (which wrote every page the cache spilled again and
        // again, then copied it all into the file) and no syncing.
        for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = MEMORY"), QStringLiteral("PRAGMA synchronous = OFF")}) {
            if (auto ok = Sql::exec((*scratch)->connection(), pragma, QCoreApplication::translate("JournalJson", "prepare the import")); !ok)
                return std::unexpected(ok.error());
        }
        // Checked whole before anything reaches the real journal; the scratch journal takes the
        // entries a page at a time as they are read, and is thrown away if the file has a problem.
        EntryRepository scratchEntries(**scratch, clock);
        auto read = parse(bytes, [&](const QList<Entry>& page) -> Status {
            auto added = scratchEntries.addMany(page, EntryRepository::SearchRows::Pending);
            if (!added)
                return std::unexpected(added.error());
            return {};
        });
        if (!read)
            return std::unexpected(read.error());
        parsed = std::move(*read);
        if (auto ok = fillScratch(**scratch, clock, *parsed); !ok)
            return fail(QCoreApplication::translate("JournalJson", "The file cannot be imported; nothing was changed: %1").arg(ok.error().message));
    }

    const QSqlDatabase conn = db.connection();
    {
        QSqlQuery attach(conn);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS scratch"));
        attach.addBindValue(scratchPath);
        if (!attach.exec())
            return fail(Sql::describe(
                attach.lastError(),
                QCoreApplication::translate("JournalJson", "open the file being imported")));
    }
    ImportCounts counts;
    Status copied = db.transaction([&]() -> Status {
        struct Check
        {
            QString table, key, describe, what;
        };
        const QList<Check> checks = {
            {QStringLiteral("entries"), QStringLiteral("id"), QStringLiteral("'\"' || s.title || '\" (' || s.id || ')'"),
             QCoreApplication::translate("JournalJson", "entries")},
            {QStringLiteral("revalidation_records"), QStringLiteral("id"), QStringLiteral("s.type || ' ' || s.id"),
             QCoreApplication::translate("JournalJson", "revalidation records")},
        };
        QStringList found;
        for (const Check& c : checks) {
            auto clash = clashes(conn, c.table, c.key, c.describe);
            if (!clash)
                return std::unexpected(clash.error());
            if (!clash->isEmpty())
                found << QStringLiteral("%1: %2").arg(c.what, clash->join(QStringLiteral(", ")));
        }
        for (const TableSpec& t : kTables) {
            const QString key = QString::fromLatin1(t.key);
            auto clash = clashes(conn, QString::fromLatin1(t.name), key,
                                 QStringLiteral("s.") + key.split(QLatin1Char(',')).join(QStringLiteral(" || ' / ' || s.")));
            if (!clash)
                return std::unexpected(clash.error());
            if (!clash->isEmpty())
                found << QStringLiteral("%1: %2").arg(QString::fromLatin1(t.name), clash->join(QStringLiteral(", ")));
        }
        auto mainProfile =
            Sql::scalar(conn, QStringLiteral("SELECT data FROM main.revalidation_profile"),
                        QCoreApplication::translate("JournalJson", "read the profile"));
        auto fileProfile =
            Sql::scalar(conn, QStringLiteral("SELECT data FROM scratch.revalidation_profile"),
                        QCoreApplication::translate("JournalJson", "read the profile"));
        if (!mainProfile || !fileProfile)
            return std::unexpected(!mainProfile ? mainProfile.error() : fileProfile.error());
        const bool copyProfile = !fileProfile->isNull() && mainProfile->isNull();
        if (!fileProfile->isNull() && !mainProfile->isNull()) {
            auto a = Profile::parseDocument(mainProfile->toString().toUtf8());
            auto b = Profile::parseDocument(fileProfile->toString().toUtf8());
            if (!a || !b || !(*a == *b))
                found << QCoreApplication::translate("JournalJson", "the profile: this journal already has a different one");
        }
        if (!found.isEmpty())
            return fail(QCoreApplication::translate("JournalJson", "Nothing was imported: the file holds what this journal already has (%1). "
                                  "Import into a new, empty journal (--db FILE), or remove those first.")
                            .arg(found.join(QStringLiteral("; "))));

        for (const auto& [table, order] : {std::pair{QStringLiteral("entries"), QStringLiteral("seq")},
                                           std::pair{QStringLiteral("entry_tags"), QStringLiteral("entry_id, position")},
                                           std::pair{QStringLiteral("entry_links"), QStringLiteral("entry_id, position")},
                                           std::pair{QStringLiteral("entry_topics"), QStringLiteral("entry_id, position")},
                                           std::pair{QStringLiteral("revalidation_records"), QStringLiteral("seq")}}) {
            if (auto ok = copyTable(conn, table, order); !ok)
                return ok;
        }
        // The scratch journal left its search rows unindexed (SearchRows::Pending): indexed once, here.
        if (auto ok = parsed->entries == 0 ? Status{} : Sql::exec(conn,
                                QStringLiteral("INSERT INTO main.entry_fts (rowid, title, reflection, tags, links) "
                                               "SELECT m.seq, f.title, f.reflection, f.tags, f.links FROM scratch.entries s "
                                               "JOIN scratch.pending_entry_fts f ON f.rowid = s.seq JOIN main.entries m ON m.id = s.id "
                                               "ORDER BY m.seq"), // FTS5 writes out its pending rows whenever a rowid goes back
                                QStringLiteral("index the imported entries"));
            !ok)
            return ok;
        if (copyProfile) {
            if (auto ok = copyTable(conn, QStringLiteral("revalidation_profile"), QStringLiteral("id")); !ok)
                return ok;
        }
        for (const TableSpec& t : kTables) {
            if (auto ok = copyTable(conn, QString::fromLatin1(t.name), QString::fromLatin1(t.key)); !ok)
                return ok;
        }
        counts.profile = copyProfile;
        counts.records = int(parsed->records.size());
        counts.trashed = int(parsed->deletedAt.size());
        counts.entries = parsed->entries - counts.trashed;
        for (const QJsonArray& rows : std::as_const(parsed->rows))
            counts.rows += int(rows.size());
        return {};
    });
    QSqlQuery detach(conn);
    detach.exec(QStringLiteral("DETACH DATABASE scratch"));
    if (!copied)
        return std::unexpected(copied.error());
    return counts;
}

} // namespace cpd
