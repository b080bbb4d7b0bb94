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
// clinical text pass through it before they are saved.
class IdentifierCheck
{
public:
    virtual ~IdentifierCheck() = default;
    virtual QList<IdentifierFinding> check(const QStringList& texts) const = 0;

    // A check that finds nothing (tests, and text that is not clinical).
    static const IdentifierCheck& none();
    // The confidentiality scanner (ScannerIdentifierCheck, without dismissals).
    static const IdentifierCheck& scanner();
};

class NoIdentifierCheck final : public IdentifierCheck
{
public:
    QList<IdentifierFinding> check(const QStringList&) const override { return {}; }
};

} // namespace cpd
