#pragma once

#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace cpd {

// Who keeps the journal, as far as revalidation needs to know: registrations and deadlines.
// One per journal. Its JSON form is the contract of `profile show --json` and `profile set`.
struct Profile
{
    QString name;
    QStringList professions; // ids from RevalidationVocabulary::professions()
    QString nmcPin;
    QString gmcNumber;
    QDate registrationExpiry; // NMC
    QDate nextAppraisalDate;  // GP: the appraisal year is the 12 months ending the day before
    QDate revalidationDate;   // GP (GMC): the end of the five-year cycle
    QString employer;
    double gpCreditsTarget = 50; // RCGP guidance; configurable
    QJsonObject extra;           // keys this version does not know

    static constexpr double kDefaultGpCredits = 50;

    // The NMC registrations held (nurse, midwife, nursing associate), in vocabulary order.
    QStringList nmcRegistrations() const;
    bool isNmcRegistrant() const { return !nmcRegistrations().isEmpty(); }
    bool isDoctor() const;

    QJsonObject toJson() const;
    static Result<Profile> fromJson(const QJsonObject& object);
    static Result<Profile> parseDocument(const QByteArray& bytes);
    static QStringList knownKeys();

    friend bool operator==(const Profile&, const Profile&) = default;
};

} // namespace cpd
