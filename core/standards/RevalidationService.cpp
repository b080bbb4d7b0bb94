#include "standards/RevalidationService.h"

#include "standards/EvidenceQuery.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "util/FixedClock.h"

#include <QCoreApplication>

namespace cpd {

RevalidationService::RevalidationService(Database& db, const StandardRegistry& standards)
    : m_db(db), m_standards(standards)
{
}

Result<std::optional<Profile>> RevalidationService::profile() const
{
    // Reading needs no clock; the repositories take one for the writes they stamp.
    const FixedClock unused{QDateTime()};
    return ProfileRepository(m_db, unused).load();
}

Result<RevalidationStatus> RevalidationService::status(const QString& standardId, const QDate& asOf) const
{
    auto loaded = profile();
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(QCoreApplication::translate(
            "RevalidationService",
            "There is no revalidation profile yet; create one with profile set --json FILE."));
    return status(**loaded, standardId, asOf);
}

Result<RevalidationStatus> RevalidationService::status(const Profile& profile, const QString& standardId,
                                                       const QDate& asOf) const
{
    const Standard* standard = m_standards.find(standardId);
    if (!standard)
        return fail(QCoreApplication::translate("RevalidationService",
                                                "Unknown standard \"%1\"; use one of %2.")
                        .arg(standardId, m_standards.ids().join(QStringLiteral(", "))));
    if (auto ok = standard->checkProfile(profile); !ok)
        return std::unexpected(ok.error());
    const DateRange range = standard->evidenceRange(profile);
    const FixedClock unused{QDateTime()};
    auto records = RecordRepository(m_db, unused).overlapping(range);
    if (!records)
        return std::unexpected(records.error());
    auto entries = EvidenceQuery::load(m_db, range.clippedTo(asOf));
    if (!entries)
        return std::unexpected(entries.error());
    return standard->evaluate(profile, *records, *entries, asOf);
}

Result<QList<MonthHours>> RevalidationService::hoursByMonth(const DateRange& range) const
{
    auto entries = EvidenceQuery::load(m_db, range);
    if (!entries)
        return std::unexpected(entries.error());
    return cpd::hoursByMonth(*entries, range);
}

} // namespace cpd
