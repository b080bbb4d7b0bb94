#pragma once

#include "standards/EntryFacts.h"
#include "standards/Profile.h"
#include "standards/Record.h"
#include "standards/RevalidationStatus.h"
#include "util/Result.h"

namespace cpd {

// One regulator's (or college's) revalidation rules: a pure function from the profile, the
// records and the journal's entries to progress on each requirement. NMC and GP appraisal are
// built in; HCPC and GPhC are further implementations registered in StandardRegistry.
class Standard
{
public:
    virtual ~Standard() = default;
    virtual QString id() const = 0;   // "nmc", "gp", the --standard value
    virtual QString name() const = 0; // translated
    // Whether the profile holds what this standard counts from; the error says what to set.
    virtual Status checkProfile(const Profile& profile) const = 0;
    // Every day whose entries and records evaluate() may look at (the period and longer cycles).
    virtual DateRange evidenceRange(const Profile& profile) const = 0;
    // Progress as of a day: nothing dated after asOf counts.
    virtual Result<RevalidationStatus> evaluate(const Profile& profile, const QList<Record>& records,
                                                const QList<EntryFacts>& entries, const QDate& asOf) const = 0;
};

} // namespace cpd
