#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace cpd {

// What a team member shares with their manager: the basics of their profile, where they stand
// on each revalidation/appraisal requirement, hours by month, topic coverage, and only the
// entries they chose to share (everything else is counts and hours). The same model whether it
// came in a signed bundle (core/team) or from the organisation's PostgreSQL (team-server).
//
// JSON form (the signed payload of a bundle; keys are the contract):
// {"format": 1, "member_id": "uuid", "name", "role", "professions": [...], "registration",
//  "registration_body": "nmc|gmc|", "employer", "registration_expiry", "next_appraisal_date",
//  "revalidation_date", "as_of", "generated_at": ISO 8601 UTC, "sequence": n,
//  "standards": [{"id": "nmc", "period": {"start","end"}, "application_date",
//                 "requirements": [{"id", "label", "unit", "required", "achieved", "met", "missing"}]}],
//  "hours_by_month": [{"month": "YYYY-MM", "participatory", "other"}],
//  "topics": [{"id", "entries", "hours", "levels": {"individual": n, ...}}],
//  "shared_entries": [ full entry JSON, as `show --json` ],
//  "totals": {"entries", "hours"}}
struct TeamSummary
{
    struct Requirement
    {
        QString id; // the status JSON's id: "cpd-hours", "reflective-accounts", …
        QString label;
        QString unit; // "hours", "credits", "items"
        double required = 0;
        double achieved = 0;
        bool met = false;
        QString missing; // plain words; empty when met
        friend bool operator==(const Requirement&, const Requirement&) = default;
    };
    struct StandardProgress
    {
        QString id; // "nmc", "gp"
        QDate periodStart;
        QDate periodEnd;
        QDate applicationDate; // the deadline this standard's requirements are due by
        QList<Requirement> requirements;
        bool allMet() const;
        friend bool operator==(const StandardProgress&, const StandardProgress&) = default;
    };
    struct Month
    {
        QDate month; // the 1st
        double participatory = 0;
        double other = 0;
        friend bool operator==(const Month&, const Month&) = default;
    };
    struct TopicCount
    {
        QString id;
        int entries = 0;
        double hours = 0;
        QMap<QString, int> levels; // entries per level of action
        friend bool operator==(const TopicCount&, const TopicCount&) = default;
    };

    static constexpr int kFormat = 1;

    QString memberId; // UUID without braces
    QString name;
    QString role; // the first profession's id ("nurse", "gp", …)
    QStringList professions;
    QString registration;     // NMC Pin or GMC number
    QString registrationBody; // "nmc", "gmc" or empty
    QString employer;
    QDate registrationExpiry;
    QDate nextAppraisalDate;
    QDate revalidationDate;
    QDate asOf;
    QDateTime generatedAt; // UTC
    qint64 sequence = 0;   // grows with every summary the member makes
    QList<StandardProgress> standards;
    QList<Month> hoursByMonth;
    QList<TopicCount> topics;
    QJsonArray sharedEntries; // entry JSON objects
    int totalEntries = 0;
    double totalHours = 0;

    const StandardProgress* standard(const QString& id) const;

    QJsonObject toJson() const;
    // The payload bytes of a bundle: compact JSON with sorted keys (QJsonObject sorts them).
    QByteArray toCanonicalBytes() const;
    static Result<TeamSummary> fromJson(const QJsonObject& object);
    static Result<TeamSummary> parse(const QByteArray& bytes);

    friend bool operator==(const TeamSummary&, const TeamSummary&) = default;
};

} // namespace cpd
