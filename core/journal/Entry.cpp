#include "journal/Entry.h"

#include "journal/ReflectionTemplates.h"

namespace cpd {

QString Entry::reflectionText() const
{
    QStringList parts;
    const auto known = ReflectionTemplates::fieldKeys(templateId);
    for (const QString& key : known) {
        const QString text = reflection.value(key).trimmed();
        if (!text.isEmpty())
            parts << text;
    }
    for (auto it = reflection.cbegin(); it != reflection.cend(); ++it) {
        if (!known.contains(it.key()) && !it.value().trimmed().isEmpty())
            parts << it.value().trimmed();
    }
    return parts.join(QLatin1String("\n\n"));
}

} // namespace cpd
