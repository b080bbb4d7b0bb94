#include "standards/DeadlineReminder.h"

#include "standards/ProfileRepository.h"
#include "standards/RevalidationService.h"
#include "standards/StandardRegistry.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace cpd {

std::optional<QString> DeadlineReminder::text(const RevalidationStatus& s, int withinDays)
{
    const qint64 days = s.daysToApplication();
    if (days < 0 || days > withinDays)
        return std::nullopt;
    const QString when = QLocale().toString(s.applicationDate, QStringLiteral("d MMMM yyyy"));
    const QString due =
        days == 0 ? QCoreApplication::translate("DeadlineReminder",
                                                "%1: the application date is today (%2).")
                        .arg(s.name, when)
        : days == 1 ? QCoreApplication::translate("DeadlineReminder",
                                                  "%1: the application date is tomorrow (%2).")
                          .arg(s.name, when)
                    : QCoreApplication::translate("DeadlineReminder",
                                                  "%1: %Ln days to the application date (%2).",
                                                  nullptr, int(days))
                          .arg(s.name, when);
    const QStringList missing = s.missing();
    if (missing.isEmpty())
        return due + QLatin1Char(' ') + QCoreApplication::translate("DeadlineReminder", "Everything is in place.");
    return due + QLatin1Char(' ')
        + QCoreApplication::translate("DeadlineReminder", "Still missing: %1.").arg(missing.join(QStringLiteral("; ")));
}

std::optional<QString> DeadlineReminder::forJournal(Database& db, const StandardRegistry& standards, const Clock& clock,
                                                    int withinDays)
{
    auto profile = ProfileRepository(db, clock).load();
    if (!profile || !*profile)
        return std::nullopt;
    std::optional<RevalidationStatus> nearest;
    for (const QString& id : standards.applicableTo(**profile)) {
        auto s = RevalidationService(db, standards).status(**profile, id, clock.today());
        if (s && text(*s, withinDays) && (!nearest || s->daysToApplication() < nearest->daysToApplication()))
            nearest = *s;
    }
    return nearest ? text(*nearest, withinDays) : std::nullopt;
}

} // namespace cpd
