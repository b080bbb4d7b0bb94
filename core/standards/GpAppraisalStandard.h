#pragma once

#include "standards/Standard.h"

namespace cpd {

// Annual appraisal for GPs and other doctors (GMC revalidation every five years).
//
// The appraisal year is the 12 months ending the day before next_appraisal_date (when that is
// 29 February the year starts on 1 March). The "application date" is the appraisal itself and
// the window opens on the 1st of the appraisal month. Credits (RCGP: 50 a year, configurable in
// the profile) count pro rata over the appraisal year; quality improvement, significant events,
// and complaints and compliments need one entry each in the year; colleague and patient feedback
// need one each in the five-year cycle ending the day before revalidation_date (or, without it,
// the five years ending with the appraisal year). The review of last year's PDP is a pdp-review
// record dated within the appraisal year.
class GpAppraisalStandard final : public Standard
{
public:
    QString id() const override { return QStringLiteral("gp"); }
    QString name() const override;
    Status checkProfile(const Profile& profile) const override;
    DateRange evidenceRange(const Profile& profile) const override;
    Result<RevalidationStatus> evaluate(const Profile& profile, const QList<Record>& records,
                                        const QList<EntryFacts>& entries, const QDate& asOf) const override;

    static DateRange appraisalYear(const QDate& nextAppraisalDate);
    static DateRange revalidationCycle(const Profile& profile);
};

} // namespace cpd
