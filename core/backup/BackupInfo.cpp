#include "backup/BackupInfo.h"

namespace cpd {

QJsonObject BackupInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path},
                  {QStringLiteral("created"), created.toString(Qt::ISODate)},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("entries"), entries},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("encrypted"), encrypted},
                  {QStringLiteral("ok"), ok}};
    if (!ok)
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

} // namespace cpd
