#include "standards/EntryFacts.h"

#include "journal/Entry.h"
#include "journal/ReflectionTemplates.h"

namespace cpd {

bool EntryFacts::isCompleteReflectiveAccount(const Entry& entry)
{
    if (entry.templateId != QLatin1String("nmc") || entry.status != QLatin1String("final")
        || entry.codeThemes.isEmpty())
        return false;
    const QStringList keys = ReflectionTemplates::fieldKeys(QStringLiteral("nmc"));
    return std::all_of(keys.cbegin(), keys.cend(),
                       [&](const QString& key) { return !entry.reflection.value(key).trimmed().isEmpty(); });
}

EntryFacts EntryFacts::fromEntry(const Entry& entry)
{
    EntryFacts f;
    f.ids = {entry.id};
    f.span = {entry.date, entry.endDate.isValid() ? entry.endDate : entry.date};
    f.activity = entry.activity;
    f.feedbackSource = entry.feedbackSource;
    f.hours = entry.hours;
    f.participatoryHours = entry.participatoryHours;
    f.credits = entry.effectiveCredits();
    f.nmcTemplate = entry.templateId == QLatin1String("nmc");
    f.completeReflectiveAccount = isCompleteReflectiveAccount(entry);
    return f;
}

} // namespace cpd
