#include "team/TeamDashboard.h"

#include "topics/TopicCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace cpd {
namespace {

QJsonValue number(double v)
{
    const double rounded = std::round(v * 100.0) / 100.0;
    return rounded == std::floor(rounded) ? QJsonValue(qint64(rounded)) : QJsonValue(rounded);
}

TeamDashboard::Urgency statusOf(const TeamSummary::Requirement& r, const QDate& deadline, const QDate& asOf)
{
    if (r.met)
        return TeamDashboard::Urgency::Complete;
    if (!deadline.isValid())
        return TeamDashboard::Urgency::OnTrack;
    const qint64 left = asOf.daysTo(deadline);
    if (left < 0)
        return TeamDashboard::Urgency::Overdue;
    if (left <= TeamDashboard::kDueSoonDays)
        return TeamDashboard::Urgency::DueSoon;
    return TeamDashboard::Urgency::OnTrack;
}

TeamDashboard::MemberRow rowFor(const TeamSummary& s, const QDate& asOf)
{
    TeamDashboard::MemberRow row;
    row.memberId = s.memberId;
    row.name = s.name;
    row.role = s.role;
    row.registration = s.registration;
    row.generatedAt = s.generatedAt;
    row.sequence = s.sequence;
    row.urgency = TeamDashboard::Urgency::Complete;
    // The next deadline: the earliest application date of a standard not yet complete, else the
    // earliest of all.
    QDate earliestOpen, earliestAny;
    QString openStandard, anyStandard;
    for (const TeamSummary::StandardProgress& sp : s.standards) {
        for (const TeamSummary::Requirement& r : sp.requirements) {
            TeamDashboard::RequirementCell cell{sp.id, r.id, r.label, r.unit, statusOf(r, sp.applicationDate, asOf),
                                                r.achieved, r.required};
            row.urgency = std::min(row.urgency, cell.status);
            row.requirements << cell;
        }
        if (!sp.applicationDate.isValid())
            continue;
        if (!earliestAny.isValid() || sp.applicationDate < earliestAny) {
            earliestAny = sp.applicationDate;
            anyStandard = sp.id;
        }
        if (!sp.allMet() && (!earliestOpen.isValid() || sp.applicationDate < earliestOpen)) {
            earliestOpen = sp.applicationDate;
            openStandard = sp.id;
        }
    }
    if (s.standards.isEmpty() || row.requirements.isEmpty())
        row.urgency = TeamDashboard::Urgency::OnTrack; // nothing to judge by
    row.nextDeadline = earliestOpen.isValid() ? earliestOpen : earliestAny;
    row.nextDeadlineStandard = earliestOpen.isValid() ? openStandard : anyStandard;
    if (row.nextDeadline.isValid())
        row.daysLeft = asOf.daysTo(row.nextDeadline);
    return row;
}

} // namespace

TeamDashboard TeamDashboard::compute(const QList<TeamSummary>& summaries, const QDate& asOf,
                                     const TopicCatalogue& catalogue, const QString& source)
{
    TeamDashboard d;
    d.asOf = asOf;
    d.source = source;
    d.members.reserve(summaries.size());
    for (const TeamSummary& s : summaries)
        d.members << rowFor(s, asOf);
    std::sort(d.members.begin(), d.members.end(), [](const MemberRow& a, const MemberRow& b) {
        if (a.urgency != b.urgency)
            return a.urgency < b.urgency;
        const qint64 da = a.daysLeft.value_or(std::numeric_limits<qint64>::max());
        const qint64 db = b.daysLeft.value_or(std::numeric_limits<qint64>::max());
        if (da != db)
            return da < db;
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.memberId < b.memberId;
    });

    // Topic columns: every current topic of the catalogue, then ids only members mention.
    QHash<QString, qsizetype> column;
    for (const Topic& t : catalogue.topics()) {
        if (t.isWithdrawn())
            continue;
        column.insert(t.id, d.topics.size());
        d.topics << TopicColumn{t.id, t.shortTitle(), 0, 0, 0, {}};
    }
    for (const TeamSummary& s : summaries) {
        for (const TeamSummary::TopicCount& tc : s.topics) {
            if (tc.entries <= 0 && tc.hours <= 0)
                continue;
            auto it = column.constFind(tc.id);
            if (it == column.constEnd()) {
                it = column.insert(tc.id, d.topics.size());
                d.topics << TopicColumn{tc.id, catalogue.shortTitleFor(tc.id), 0, 0, 0, {}};
            }
            TopicColumn& col = d.topics[*it];
            TopicCell& cell = col.cells[s.memberId];
            if (cell.entries == 0 && cell.hours == 0)
                ++col.membersCovering;
            cell.entries += tc.entries;
            cell.hours += tc.hours;
            col.entries += tc.entries;
            col.hours += tc.hours;
        }
    }
    return d;
}

const TeamDashboard::MemberRow* TeamDashboard::member(const QString& memberId) const
{
    for (const MemberRow& m : members) {
        if (m.memberId == memberId)
            return &m;
    }
    return nullptr;
}

QString TeamDashboard::urgencyId(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QStringLiteral("overdue");
    case Urgency::DueSoon:
        return QStringLiteral("due soon");
    case Urgency::OnTrack:
        return QStringLiteral("on track");
    case Urgency::Complete:
        break;
    }
    return QStringLiteral("complete");
}

QString TeamDashboard::urgencyLabel(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Overdue:
        return QCoreApplication::translate("cpd::TeamDashboard", "Overdue");
    case Urgency::DueSoon:
        return QCoreApplication::translate("cpd::TeamDashboard", "Due soon");
    case Urgency::OnTrack:
        return QCoreApplication::translate("cpd::TeamDashboard", "On track");
    case Urgency::Complete:
        break;
    }
    return QCoreApplication::translate("cpd::TeamDashboard", "Complete");
}

QJsonObject TeamDashboard::toJson() const
{
    QJsonArray memberList;
    for (const MemberRow& m : members) {
        QJsonArray reqs;
        for (const RequirementCell& r : m.requirements) {
            reqs.append(QJsonObject{{QStringLiteral("standard"), r.standard},
                                    {QStringLiteral("id"), r.id},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("unit"), r.unit},
                                    {QStringLiteral("status"), urgencyId(r.status)},
                                    {QStringLiteral("done"), number(r.done)},
                                    {QStringLiteral("required"), number(r.required)}});
        }
        memberList.append(QJsonObject{
            {QStringLiteral("member_id"), m.memberId},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("role"), m.role},
            {QStringLiteral("registration"), m.registration},
            {QStringLiteral("next_deadline"),
             m.nextDeadline.isValid() ? QJsonValue(m.nextDeadline.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("next_deadline_standard"), m.nextDeadlineStandard},
            {QStringLiteral("days_left"), m.daysLeft ? QJsonValue(*m.daysLeft) : QJsonValue()},
            {QStringLiteral("urgency"), urgencyId(m.urgency)},
            {QStringLiteral("generated_at"), m.generatedAt.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("sequence"), m.sequence},
            {QStringLiteral("requirements"), reqs}});
    }
    QJsonArray topicList;
    for (const TopicColumn& t : topics) {
        QJsonArray cells;
        for (const MemberRow& m : members) { // in the table's order
            const auto it = t.cells.constFind(m.memberId);
            if (it == t.cells.constEnd())
                continue;
            cells.append(QJsonObject{{QStringLiteral("member_id"), m.memberId},
                                     {QStringLiteral("entries"), it->entries},
                                     {QStringLiteral("hours"), number(it->hours)}});
        }
        topicList.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("title"), t.title},
                                     {QStringLiteral("members_covering"), t.membersCovering},
                                     {QStringLiteral("entries"), t.entries},
                                     {QStringLiteral("hours"), number(t.hours)},
                                     {QStringLiteral("cells"), cells}});
    }
    return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("source"), source},
            {QStringLiteral("due_soon_days"), kDueSoonDays},
            {QStringLiteral("members"), memberList},
            {QStringLiteral("topics"), topicList}};
}

} // namespace cpd
