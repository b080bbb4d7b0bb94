#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace cpd {

// Which automatic backups to keep: the newest backup of each of the 7 most recent days that
// have one, and of each of the 4 most recent ISO weeks that have one (a backup may count for
// both); of the backups made before schema upgrades, the 4 newest. Pure, so tests can run it
// over simulated weeks.
class BackupRotation
{
public:
    struct Item
    {
        QString path;
        QDateTime created; // local time
        bool beforeUpgrade = false;
    };

    static constexpr int kDaily = 7;
    static constexpr int kWeekly = 4;
    static constexpr int kUpgrade = 4;

    // The paths of the items to delete.
    static QStringList toRemove(QList<Item> items);
};

} // namespace cpd
