#include "topics/TopicCoverage.h"

#include "journal/EntryFilter.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace cpd {

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

double roundHours(double h)
{
    return std::round(h * 100.0) / 100.0;
}

} // namespace

const TopicCoverageReport::TopicRow* TopicCoverageReport::topic(const QString& id) const
{
    for (const TopicRow& r : topics) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const TopicCoverageReport::GroupRow* TopicCoverageReport::group(const QString& name) const
{
    for (const GroupRow& r : groups) {
        if (r.group == name)
            return &r;
    }
    return nullptr;
}

QJsonObject TopicCoverageReport::toJson() const
{
    QJsonArray topicArray;
    for (const TopicRow& r : topics) {
        QJsonObject levelObject;
        for (auto it = r.levels.cbegin(); it != r.levels.cend(); ++it)
            levelObject.insert(it.key(), it.value());
        topicArray.append(QJsonObject{{QStringLiteral("id"), r.id},
                                      {QStringLiteral("title"), r.title},
                                      {QStringLiteral("group"), r.group},
                                      {QStringLiteral("known"), r.known},
                                      {QStringLiteral("withdrawn"), r.withdrawn},
                                      {QStringLiteral("entries"), r.entries},
                                      {QStringLiteral("hours"), roundHours(r.hours)},
                                      {QStringLiteral("levels"), levelObject}});
    }
    QJsonArray groupArray;
    for (const GroupRow& g : groups) {
        groupArray.append(QJsonObject{{QStringLiteral("group"), g.group},
                                      {QStringLiteral("entries"), g.entries},
                                      {QStringLiteral("hours"), roundHours(g.hours)},
                                      {QStringLiteral("topics"), g.topics},
                                      {QStringLiteral("topicsCovered"), g.topicsCovered}});
    }
    return QJsonObject{{QStringLiteral("from"), dateJson(from)},
                       {QStringLiteral("to"), dateJson(to)},
                       {QStringLiteral("catalogueVersion"), catalogueVersion},
                       {QStringLiteral("entries"), entries},
                       {QStringLiteral("hours"), roundHours(hours)},
                       {QStringLiteral("entriesWithTopics"), entriesWithTopics},
                       {QStringLiteral("topics"), topicArray},
                       {QStringLiteral("groups"), groupArray},
                       {QStringLiteral("neverCovered"), QJsonArray::fromStringList(neverCovered)}};
}

TopicCoverage::TopicCoverage(Database& db, const TopicCatalogue& catalogue) : m_db(db), m_catalogue(catalogue) {}

Result<TopicCoverageReport> TopicCoverage::compute(QDate from, QDate to) const
{
    EntryFilter filter;
    filter.from = from;
    filter.to = to;
    QVariantList binds;
    const QString where = filter.whereClause(QStringLiteral("e"), binds);
    // Entries grouped by their set of topic mappings: a journal has few distinct sets, so the
    // result is small whatever the number of entries. Each entry carries its set (topic_set,
    // kept by triggers, migration 008) and a covering index sorted by it hands the entries over
    // already grouped: no join, no temporary b-tree, no reflection read.
    const QString sql = QStringLiteral(
        "SELECT e.topic_set, COUNT(*), TOTAL(e.hours) FROM entries e"
        " WHERE %1 GROUP BY e.topic_set").arg(where);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (auto ok = Sql::prepare(q, sql); !ok)
        return std::unexpected(ok.error());
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (auto ok =
            Sql::exec(q, QCoreApplication::translate("TopicCoverage", "work out topic coverage"));
        !ok)
        return std::unexpected(ok.error());

    TopicCoverageReport report;
    report.from = from;
    report.to = to;
    report.catalogueVersion = m_catalogue.version();

    QHash<QString, TopicCoverageReport::TopicRow> rows;
    QHash<QString, TopicCoverageReport::GroupRow> groups;
    while (q.next()) {
        const QString mapped = q.value(0).toString();
        const int count = q.value(1).toInt();
        const double hours = q.value(2).toDouble();
        report.entries += count;
        report.hours += hours;
        if (mapped.isEmpty())
            continue;
        report.entriesWithTopics += count;
        QSet<QString> groupsOfSet;
        QSet<QString> topicsOfSet;
        const QStringList pairs = mapped.split(QLatin1Char('\n'));
        for (const QString& pair : pairs) {
            const QString id = pair.section(QLatin1Char('\t'), 0, 0);
            const QString level = pair.section(QLatin1Char('\t'), 1);
            TopicCoverageReport::TopicRow& row = rows[id];
            if (!topicsOfSet.contains(id)) { // one mapping per topic per entry, but be safe
                topicsOfSet.insert(id);
                row.entries += count;
                row.hours += hours;
            }
            if (!level.isEmpty())
                row.levels[level] += count;
            groupsOfSet.insert(m_catalogue.groupFor(id));
        }
        for (const QString& g : std::as_const(groupsOfSet)) {
            groups[g].entries += count;
            groups[g].hours += hours;
        }
    }

    // Every topic of the catalogue gets a row (withdrawn ones only when used), then unknown ids.
    for (const Topic& t : m_catalogue.topics()) {
        const bool used = rows.contains(t.id);
        if (t.isWithdrawn() && !used)
            continue;
        TopicCoverageReport::TopicRow row = rows.take(t.id);
        row.id = t.id;
        row.title = t.shortTitle();
        row.group = t.group;
        row.withdrawn = t.isWithdrawn();
        report.topics.append(row);
        if (!t.isWithdrawn()) {
            TopicCoverageReport::GroupRow& g = groups[t.group];
            ++g.topics;
            if (used)
                ++g.topicsCovered;
            else
                report.neverCovered.append(t.id);
        }
    }
    QStringList unknownIds = rows.keys();
    unknownIds.sort();
    for (const QString& id : std::as_const(unknownIds)) {
        TopicCoverageReport::TopicRow row = rows.value(id);
        row.id = id;
        row.title = m_catalogue.shortTitleFor(id);
        row.group = TopicCatalogue::unknownGroup();
        row.known = false;
        report.topics.append(row);
    }
    std::stable_sort(report.topics.begin(), report.topics.end(), [](const auto& a, const auto& b) {
        return a.hours != b.hours ? a.hours > b.hours : a.entries > b.entries;
    });

    QStringList order = m_catalogue.groups();
    order.append(TopicCatalogue::unknownGroup());
    for (const QString& name : std::as_const(order)) {
        if (!groups.contains(name))
            continue;
        TopicCoverageReport::GroupRow g = groups.value(name);
        g.group = name;
        report.groups.append(g);
    }
    return report;
}

} // namespace cpd
