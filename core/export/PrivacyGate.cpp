#include "export/PrivacyGate.h"

#include "export/Portfolio.h"
#include "privacy/ConfidentialityScanner.h"
#include "privacy/DismissalStore.h"

#include <QJsonArray>

namespace cpd {
namespace {

void addEntry(QList<PrivacyGate::Piece>& out, const Entry& e)
{
    out << PrivacyGate::Piece{e.id, e.title, e.title};
    for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it) {
        if (!it.value().isEmpty())
            out << PrivacyGate::Piece{e.id, e.title, it.value()};
    }
    if (!e.tags.isEmpty())
        out << PrivacyGate::Piece{e.id, e.title, e.tags.join(QStringLiteral(", "))};
    for (const Link& l : e.links) {
        if (!l.title.isEmpty())
            out << PrivacyGate::Piece{e.id, e.title, l.title};
    }
}

void addRecordText(QList<PrivacyGate::Piece>& out, const QString& id, const QString& title, const QJsonObject& r)
{
    for (const char* key : {"description", "summary"}) {
        const QString text = r.value(QLatin1String(key)).toString();
        if (!text.isEmpty())
            out << PrivacyGate::Piece{id, title, text};
    }
    const QJsonArray goals = r.value(QStringLiteral("goals")).toArray();
    for (const QJsonValue& g : goals) {
        for (const char* key : {"goal", "outcome"}) {
            const QString text = g.toObject().value(QLatin1String(key)).toString();
            if (!text.isEmpty())
                out << PrivacyGate::Piece{id, title, text};
        }
    }
}

} // namespace

QList<PrivacyGate::Piece> PrivacyGate::piecesOf(const Portfolio& p)
{
    QList<Piece> out;
    for (const Entry& e : p.cpd)
        addEntry(out, e);
    for (const Entry& e : p.accounts) {
        bool seen = false;
        for (const Entry& c : p.cpd)
            seen = seen || c.id == e.id;
        if (!seen)
            addEntry(out, e);
    }
    for (const QList<Record>* list : {&p.practiceHours, &p.discussions, &p.pdpReviews}) {
        for (const Record& r : *list)
            addRecordText(out, r.id, r.describe(), r.toJson());
    }
    for (const Portfolio::EvidenceItem& item : p.evidence) {
        const QString id = item.entryIds.value(0);
        const QString title = item.entryTitles.value(0);
        out << Piece{id, title, item.title};
        if (!item.detail.isEmpty())
            out << Piece{id, title, item.detail};
    }
    return out;
}

QList<PrivacyGate::Piece> PrivacyGate::piecesOfJournal(const QJsonObject& journal)
{
    QList<Piece> out;
    auto entryFrom = [&](const QJsonObject& o) {
        Entry e;
        e.id = o.value(QStringLiteral("id")).toString();
        e.title = o.value(QStringLiteral("title")).toString();
        const QJsonObject reflection = o.value(QStringLiteral("reflection")).toObject();
        for (auto it = reflection.begin(); it != reflection.end(); ++it)
            e.reflection.insert(it.key(), it.value().toString());
        for (const QJsonValue& t : o.value(QStringLiteral("tags")).toArray())
            e.tags << t.toString();
        for (const QJsonValue& l : o.value(QStringLiteral("links")).toArray())
            e.links << Link{QString(), QString(), l.toObject().value(QStringLiteral("title")).toString()};
        addEntry(out, e);
    };
    for (const QJsonValue& v : journal.value(QStringLiteral("entries")).toArray())
        entryFrom(v.toObject());
    for (const QJsonValue& v : journal.value(QStringLiteral("trash")).toArray())
        entryFrom(v.toObject().value(QStringLiteral("entry")).toObject());
    for (const QJsonValue& v : journal.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        addRecordText(out, r.value(QStringLiteral("id")).toString(), r.value(QStringLiteral("type")).toString(), r);
    }
    const QJsonObject tables = journal.value(QStringLiteral("tables")).toObject();
    struct Columns
    {
        const char* table;
        const char* title;
        std::initializer_list<const char*> text;
    };
    const Columns columns[] = {
        {"case_notes", "case note", {"summary", "learning_points", "outcome", "follow_up"}},
        {"social_finds", "find", {"excerpt", "notes"}},
        {"guidelines", "guideline", {"notes"}},
    };
    for (const Columns& c : columns) {
        for (const QJsonValue& v : tables.value(QLatin1String(c.table)).toArray()) {
            const QJsonObject row = v.toObject();
            const QString id = row.value(QStringLiteral("id")).toString();
            for (const char* key : c.text) {
                const QString text = row.value(QLatin1String(key)).toString();
                if (!text.isEmpty())
                    out << Piece{id, QLatin1String(c.title), text};
            }
        }
    }
    return out;
}

QList<PrivacyGate::Piece> PrivacyGate::piecesOfEntries(const QList<Entry>& entries)
{
    QList<Piece> out;
    for (const Entry& e : entries)
        addEntry(out, e);
    return out;
}

Result<QList<PrivacyGate::Hit>> PrivacyGate::check(Database& db, const QList<Piece>& pieces)
{
    const ConfidentialityScanner scanner;
    const DismissalStore dismissals(db);
    QList<Hit> out;
    for (const Piece& piece : pieces) {
        const QList<Finding> found = scanner.scan(piece.text);
        if (found.isEmpty())
            continue;
        auto kept = dismissals.withoutDismissed(found);
        if (!kept)
            return std::unexpected(kept.error());
        for (const Finding& f : std::as_const(*kept))
            out << Hit{piece.sourceId, piece.sourceTitle, f};
    }
    return out;
}

QString PrivacyGate::describe(const Hit& hit)
{
    return QStringLiteral("%1 (%2): %3: %4").arg(hit.sourceTitle, hit.sourceId, hit.finding.kind, hit.finding.text);
}

} // namespace cpd
