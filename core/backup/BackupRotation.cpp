#include "backup/BackupRotation.h"

#include <QSet>

#include <algorithm>

namespace cpd {

QStringList BackupRotation::toRemove(QList<Item> items)
{
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.created > b.created; });
    QSet<QString> keep;
    QSet<QDate> days;
    QSet<int> weeks;
    int upgrades = 0;
    // Newest first: the first backup seen for a day or week is that day's or week's newest.
    for (const Item& item : std::as_const(items)) {
        if (item.beforeUpgrade) {
            if (upgrades++ < kUpgrade)
                keep.insert(item.path);
            continue;
        }
        const QDate day = item.created.date();
        if (!days.contains(day) && days.size() < kDaily) {
            days.insert(day);
            keep.insert(item.path);
        }
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear) + weekYear * 100;
        if (!weeks.contains(week) && weeks.size() < kWeekly) {
            weeks.insert(week);
            keep.insert(item.path);
        }
    }
    QStringList remove;
    for (const Item& item : std::as_const(items)) {
        if (!keep.contains(item.path))
            remove << item.path;
    }
    return remove;
}

} // namespace cpd
