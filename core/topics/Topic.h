#pragma once

#include <QString>
#include <QStringList>

namespace cpd {

// One All Our Health topic as the catalogue describes it. The id is the stable contract; the
// rest may change when the catalogue is updated.
struct Topic
{
    QString id;
    QString title;
    QString group;
    QString status; // current | unverified | withdrawn
    QString guide;  // URL of the GOV.UK guide, empty when unknown
    QStringList aliases;
    QStringList keywords;
    QStringList weakKeywords; // hint at the topic but are common elsewhere: count for less

    bool isWithdrawn() const { return status == QLatin1String("withdrawn"); }
    // The title without the ": applying All Our Health" every guide's title ends with.
    QString shortTitle() const;
};

} // namespace cpd
