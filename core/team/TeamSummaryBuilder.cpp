#include "team/TeamSummaryBuilder.h"

#include "journal/EntryJson.h"
#include "journal/EntryRepository.h"
#include "standards/RevalidationService.h"
#include "topics/TopicCoverage.h"
#include "util/Clock.h"

#include <cmath>

#include <QCoreApplication>

namespace cpd {
namespace {

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString unitName(RequirementProgress::Unit unit)
{
    switch (unit) {
    case RequirementProgress::Unit::Hours:
        return QStringLiteral("hours");
    case RequirementProgress::Unit::Credits:
        return QStringLiteral("credits");
    case RequirementProgress::Unit::Items:
        break;
    }
    return QStringLiteral("items");
}

} // namespace

TeamSummaryBuilder::TeamSummaryBuilder(Database& db, const StandardRegistry& standards,
                                       const TopicCatalogue& catalogue, const Clock& clock)
    : m_db(db), m_standards(standards), m_catalogue(catalogue), m_clock(clock)
{
}

Result<TeamSummary> TeamSummaryBuilder::build(const Options& options) const
{
    const QDate asOf = options.asOf.isValid() ? options.asOf : m_clock.today();
    RevalidationService service(m_db, m_standards);
    auto loaded = service.profile();
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(QCoreApplication::translate(
            "TeamSummaryBuilder",
            "there is no revalidation profile yet; create one with profile set --json FILE "
            "before exporting a team summary"));
    const Profile& profile = **loaded;

    TeamSummary s;
    s.memberId = options.memberId;
    s.sequence = options.sequence;
    s.generatedAt = m_clock.now().toUTC();
    s.asOf = asOf;
    s.name = profile.name;
    s.professions = profile.professions;
    s.role = profile.professions.value(0);
    if (!profile.nmcPin.isEmpty()) {
        s.registration = profile.nmcPin;
        s.registrationBody = QStringLiteral("nmc");
    } else if (!profile.gmcNumber.isEmpty()) {
        s.registration = profile.gmcNumber;
        s.registrationBody = QStringLiteral("gmc");
    }
    s.employer = profile.employer;
    s.registrationExpiry = profile.registrationExpiry;
    s.nextAppraisalDate = profile.nextAppraisalDate;
    s.revalidationDate = profile.revalidationDate;

    QDate from = asOf.addYears(-3).addDays(1);
    for (const QString& id : m_standards.applicableTo(profile)) {
        auto status = service.status(profile, id, asOf);
        if (!status)
            return std::unexpected(status.error());
        TeamSummary::StandardProgress sp;
        sp.id = status->standard;
        sp.periodStart = status->period.start;
        sp.periodEnd = status->period.end;
        sp.applicationDate = status->applicationDate;
        for (const RequirementProgress& r : status->requirements) {
            sp.requirements << TeamSummary::Requirement{r.id, r.label, unitName(r.unit), rounded(r.required),
                                                        rounded(r.achieved), r.met, r.met ? QString() : r.missing};
        }
        if (status->period.start.isValid())
            from = qMin(from, status->period.start);
        s.standards << sp;
    }
    const DateRange range{from, asOf};

    auto months = service.hoursByMonth(range);
    if (!months)
        return std::unexpected(months.error());
    for (const MonthHours& m : *months)
        s.hoursByMonth << TeamSummary::Month{m.month, rounded(m.participatory), rounded(m.other)};

    auto coverage = TopicCoverage(m_db, m_catalogue).compute(range.start, range.end);
    if (!coverage)
        return std::unexpected(coverage.error());
    for (const TopicCoverageReport::TopicRow& t : coverage->topics) {
        if (t.entries == 0)
            continue;
        s.topics << TeamSummary::TopicCount{t.id, t.entries, rounded(t.hours), t.levels};
    }
    std::sort(s.topics.begin(), s.topics.end(),
              [](const TeamSummary::TopicCount& a, const TeamSummary::TopicCount& b) { return a.id < b.id; });
    s.totalEntries = coverage->entries;
    s.totalHours = rounded(coverage->hours);

    EntryRepository entries(m_db, m_clock);
    QStringList seen;
    for (const QString& id : options.sharedEntryIds) {
        if (seen.contains(id))
            continue;
        seen << id;
        auto entry = entries.get(id);
        if (!entry)
            return fail(
                QCoreApplication::translate("TeamSummaryBuilder", "cannot share entry %1: %2")
                    .arg(id, entry.error().message));
        s.sharedEntries.append(EntryJson::toJson(*entry));
    }
    return s;
}

} // namespace cpd
