#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace cpd {

// How much of a period's learning each All Our Health topic and group covers.
struct TopicCoverageReport
{
    struct TopicRow
    {
        QString id;
        QString title; // the short title; "Unknown topic (id)" for ids the catalogue lacks
        QString group;
        bool known = true;
        bool withdrawn = false;
        int entries = 0;
        double hours = 0;
        QMap<QString, int> levels; // entries per level of action
    };
    struct GroupRow
    {
        QString group;
        int entries = 0; // an entry mapped to two topics of a group counts once
        double hours = 0;
        int topics = 0; // suggestable topics in the group
        int topicsCovered = 0;
    };

    QDate from; // invalid: open-ended
    QDate to;
    QString catalogueVersion;
    int entries = 0; // all entries in the period
    double hours = 0;
    int entriesWithTopics = 0;
    QList<TopicRow> topics; // most hours first; every current topic, covered or not
    QList<GroupRow> groups; // catalogue order, unknown last
    QStringList neverCovered; // ids of current topics with no entry in the period

    const TopicRow* topic(const QString& id) const;
    const GroupRow* group(const QString& name) const;
    QJsonObject toJson() const;
};

} // namespace cpd
