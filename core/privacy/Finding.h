#pragma once

#include <QList>
#include <QString>

namespace cpd {

// Something in a text that may identify a person, where it is (QString offsets, end exclusive).
struct Finding
{
    // nhs_number | postcode | phone | email | date_of_birth | person_name
    QString kind;
    QString text;
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const Finding&, const Finding&) = default;
};

} // namespace cpd
