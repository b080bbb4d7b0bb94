#pragma once

#include <QString>
#include <QStringList>

namespace cpd {

// Splits a PostgreSQL script into statements: on semicolons outside quotes, comments and
// dollar-quoted bodies ($$ … $$, $tag$ … $tag$), so DO blocks and function bodies stay whole.
class PgScript
{
public:
    static QStringList split(const QString& script);
};

} // namespace cpd
