#pragma once

#include "standards/Standard.h"

namespace cpd {

// NMC revalidation for nurses, midwives and nursing associates, every three years.
//
// The period is the three years ending on the registration expiry. The application date is the
// 1st of the expiry month and the online application opens 60 days before it. Practice hours
// are 450 per registration held (900 for two, 1,350 for three), and with more than one
// registration each needs its own 450. The confirmation must fall in the final 12 months of the
// period. Declarations and the reflective discussion count when dated within the period.
class NmcStandard final : public Standard
{
public:
    static constexpr double kHoursPerRegistration = 450;
    static constexpr double kCpdHours = 35;
    static constexpr double kParticipatoryHours = 20;
    static constexpr int kFeedback = 5;
    static constexpr int kReflectiveAccounts = 5;
    static constexpr int kApplicationOpensDaysBefore = 60;

    QString id() const override { return QStringLiteral("nmc"); }
    QString name() const override;
    Status checkProfile(const Profile& profile) const override;
    DateRange evidenceRange(const Profile& profile) const override;
    Result<RevalidationStatus> evaluate(const Profile& profile, const QList<Record>& records,
                                        const QList<EntryFacts>& entries, const QDate& asOf) const override;

    static DateRange period(const QDate& registrationExpiry);
    static QDate applicationDate(const QDate& registrationExpiry);
    static DateRange confirmationWindow(const QDate& registrationExpiry);
};

} // namespace cpd
