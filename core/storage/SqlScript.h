#pragma once

#include <QString>
#include <QStringList>

namespace cpd {

// Splits a migration file into statements: on semicolons outside quotes and comments, keeping
// CREATE TRIGGER … END; bodies whole.
class SqlScript
{
public:
    static QStringList split(const QString& script);
};

} // namespace cpd
