#include "journal/EntryFilter.h"

#include <QStringList>

namespace cpd {

QString EntryFilter::whereClause(const QString& a, QVariantList& binds) const
{
    QStringList parts;
    parts << (place == Place::Journal ? QStringLiteral("%1.deleted_at IS NULL").arg(a)
                                      : QStringLiteral("%1.deleted_at IS NOT NULL").arg(a));
    // An entry counts in a period when any of its days fall inside it.
    if (from.isValid()) {
        parts << QStringLiteral("coalesce(%1.end_date, %1.date) >= ?").arg(a);
        binds << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        parts << QStringLiteral("%1.date <= ?").arg(a);
        binds << to.toString(Qt::ISODate);
    }
    if (!activity.isEmpty()) {
        parts << QStringLiteral("%1.activity = ?").arg(a);
        binds << activity;
    }
    if (!status.isEmpty()) {
        parts << QStringLiteral("%1.status = ?").arg(a);
        binds << status;
    }
    if (!tag.isEmpty()) {
        parts << QStringLiteral("EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = %1.id AND "
                                "t.tag = ?)")
                     .arg(a);
        binds << tag;
    }
    if (!topicId.isEmpty() || !topicLevel.isEmpty()) {
        QString clause = QStringLiteral("EXISTS (SELECT 1 FROM entry_topics p WHERE p.entry_id = %1.id")
                             .arg(a);
        if (!topicId.isEmpty()) {
            clause += QStringLiteral(" AND p.topic_id = ?");
            binds << topicId;
        }
        if (!topicLevel.isEmpty()) {
            clause += QStringLiteral(" AND p.level = ?");
            binds << topicLevel;
        }
        parts << clause + QLatin1Char(')');
    }
    return parts.join(QLatin1String(" AND "));
}

} // namespace cpd
