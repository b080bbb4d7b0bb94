#pragma once

#include "privacy/Finding.h"

#include <QList>
#include <QString>

namespace cpd {

// Finds likely patient identifiers in free text: NHS numbers (valid Modulus 11 check digit),
// full UK postcodes, UK phone numbers, email addresses, dates with birth context (DOB, born,
// date of birth, b.) and names after a title (Mrs Patel, Dr Sarah O'Connor).
//
// It is tuned to stay quiet on ordinary CPD writing: guideline ids (NG136, CG181), hours and
// counts, course dates without birth context, QOF percentages, DOIs and URLs, ten-digit numbers
// failing the check digit, ISBNs, hashtags, @handles, BNF codes, times and versions. Decisions:
//  - "Dr" followed by a lowercase word, an acronym, a guideline id, a role (Nurse Practitioner,
//    Sister Ward) or a sentence word (Dr. Then…) is not a name.
//  - "Dr Foster" is flagged like any doctor's name, except "Dr Foster Intelligence" (the
//    organisation) which is not.
//  - Helpline numbers (0800, 0845, 111) are not patient phone numbers and are not reported.
//  - A year of birth alone ("born in 1950") is not reported; a month and year, or a day and
//    month, with birth context are.
// One pass of character loops; the only regular expressions run on the few dates found, to
// look for birth context around them. Findings are ordered by start and never overlap.
class ConfidentialityScanner
{
public:
    QList<Finding> scan(const QString& text) const;

    static QString kindNhsNumber() { return QStringLiteral("nhs_number"); }
    static QString kindPostcode() { return QStringLiteral("postcode"); }
    static QString kindPhone() { return QStringLiteral("phone"); }
    static QString kindEmail() { return QStringLiteral("email"); }
    static QString kindDateOfBirth() { return QStringLiteral("date_of_birth"); }
    static QString kindPersonName() { return QStringLiteral("person_name"); }
    static QStringList kinds();
    // "NHS number", "postcode"… for people.
    static QString describe(const QString& kind);

    // True when the ten digits pass the NHS Modulus 11 check (a remainder giving 10 is invalid).
    static bool isValidNhsNumber(const QString& tenDigits);
};

} // namespace cpd
