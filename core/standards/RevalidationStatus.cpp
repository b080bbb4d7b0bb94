#include "standards/RevalidationStatus.h"

#include "standards/JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace cpd {
namespace {

QJsonValue number(double v)
{
    // Hours counted pro rata are fractional: two decimals are plenty, and whole numbers stay whole.
    const double rounded = std::round(v * 100.0) / 100.0;
    return rounded == std::floor(rounded) ? QJsonValue(qint64(rounded)) : QJsonValue(rounded);
}

QJsonObject range(const DateRange& r)
{
    return {{QStringLiteral("start"), JsonFields::dateValue(r.start)},
            {QStringLiteral("end"), JsonFields::dateValue(r.end)}};
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

bool RevalidationStatus::allMet() const
{
    return std::all_of(requirements.cbegin(), requirements.cend(),
                       [](const RequirementProgress& r) { return r.met; });
}

QStringList RevalidationStatus::missing() const
{
    QStringList out;
    for (const RequirementProgress& r : requirements) {
        if (!r.met && !r.missing.isEmpty())
            out << r.missing;
    }
    return out;
}

const RequirementProgress* RevalidationStatus::requirement(const QString& id) const
{
    for (const RequirementProgress& r : requirements) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QJsonObject RevalidationStatus::toJson() const
{
    QJsonArray list;
    for (const RequirementProgress& r : requirements) {
        list.append(QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("unit"), unitName(r.unit)},
            {QStringLiteral("required"), number(r.required)},
            {QStringLiteral("achieved"), number(r.achieved)},
            {QStringLiteral("met"), r.met},
            {QStringLiteral("entries"), QJsonArray::fromStringList(r.entries)},
            {QStringLiteral("records"), QJsonArray::fromStringList(r.records)},
            {QStringLiteral("missing"), r.met ? QJsonValue(QJsonValue::Null) : QJsonValue(r.missing)},
        });
    }
    QJsonObject o{
        {QStringLiteral("standard"), standard},
        {QStringLiteral("name"), name},
        {QStringLiteral("period"), range(period)},
        {QStringLiteral("application_date"), JsonFields::dateValue(applicationDate)},
        {QStringLiteral("application_opens"), JsonFields::dateValue(applicationOpens)},
        {QStringLiteral("as_of"), JsonFields::dateValue(asOf)},
        {QStringLiteral("days_to_application"), daysToApplication()},
        {QStringLiteral("met"), allMet()},
        {QStringLiteral("missing"), QJsonArray::fromStringList(missing())},
        {QStringLiteral("requirements"), list},
    };
    if (cycle.isValid())
        o.insert(QStringLiteral("cycle"), range(cycle));
    return o;
}

} // namespace cpd
