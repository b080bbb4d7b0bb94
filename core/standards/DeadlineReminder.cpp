#include "standards/DeadlineReminder.h"

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

} // namespace cpd
