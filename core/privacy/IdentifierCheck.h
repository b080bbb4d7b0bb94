#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

// Something in a text that may identify a patient (a name, an NHS number, a date of birth…).
struct IdentifierFinding
{
    QString kind;    // e.g. nhs-number, date-of-birth, name
    QString excerpt; // the words found, for the person to see and fix
};

// The hook where the confidentiality scanner (the export issue) plugs in: case notes and other
// clinical text pass through it before they are saved. The default finds nothing.
class IdentifierCheck
{
public:
    virtual ~IdentifierCheck() = default;
    virtual QList<IdentifierFinding> check(const QStringList& texts) const = 0;

    // The check used until the scanner lands: it finds nothing.
    static const IdentifierCheck& none();
};

class NoIdentifierCheck final : public IdentifierCheck
{
public:
    QList<IdentifierFinding> check(const QStringList&) const override { return {}; }
};

} // namespace cpd
