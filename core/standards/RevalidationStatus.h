#pragma once

#include "standards/DateRange.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace cpd {

// Progress on one requirement of a standard.
struct RequirementProgress
{
    enum class Unit { Hours, Credits, Items };

    QString id;    // the contract: "cpd-hours", "reflective-accounts", …
    QString label; // translated
    Unit unit = Unit::Items;
    double required = 0;
    double achieved = 0; // hours pro rata may be fractional
    bool met = false;
    QStringList entries; // journal entries that count
    QStringList records; // revalidation records that count
    QString missing;     // plain words, e.g. "2 more reflective accounts"; empty when met

    // Achieved as a share of required, capped at 1 (for progress bars).
    double fraction() const { return required <= 0 ? 1.0 : qMin(1.0, achieved / required); }
};

// Where someone stands against one standard on one day.
struct RevalidationStatus
{
    QString standard; // "nmc", "gp"
    QString name;     // translated
    DateRange period; // the window evidence counts in
    DateRange cycle;  // a longer cycle some requirements count over (GP feedback); may be invalid
    QDate applicationDate;
    QDate applicationOpens;
    QDate asOf;
    QList<RequirementProgress> requirements;

    bool allMet() const;
    // Days from asOf to the application date (negative once it has passed).
    qint64 daysToApplication() const { return asOf.daysTo(applicationDate); }
    QStringList missing() const;
    const RequirementProgress* requirement(const QString& id) const;

    // {"standard", "period": {"start", "end"}, "application_date", "application_opens",
    //  "requirements": [{"id", "label", "required", "achieved", "met", "entries"}], …}
    QJsonObject toJson() const;
};

} // namespace cpd
