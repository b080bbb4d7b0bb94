#pragma once

#include "team/TeamSummary.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace cpd {

class TopicCatalogue;

// The manager's view of a team on one day, computed from the members' latest summaries (from any
// TeamSummarySource). Pure: no database, so the same numbers come from bundles and the server.
//
// Status words (never colour alone):
//   complete  the requirement is met
//   overdue   not met and its standard's application date has passed
//   due soon  not met and the application date is within kDueSoonDays
//   on track  not met, more time than that left
// A member's urgency is their worst requirement's status; rows are sorted by urgency, then days
// left (fewest first), then name.
//
// JSON (`team dashboard --json`; the contract for team-server too):
// {"as_of": "YYYY-MM-DD", "source": "…", "due_soon_days": 90,
//  "members": [{"member_id", "name", "role", "registration", "next_deadline": "YYYY-MM-DD"|null,
//               "next_deadline_standard": "nmc"|…, "days_left": n|null,
//               "urgency": "overdue|due soon|on track|complete", "generated_at", "sequence",
//               "requirements": [{"standard", "id", "label", "unit", "status", "done", "required"}]}],
//  "topics": [{"id", "title", "members_covering", "entries", "hours",
//              "cells": [{"member_id", "entries", "hours"}]}]}   (cells only for members covering it)
class TeamDashboard
{
public:
    enum class Urgency { Overdue = 0, DueSoon = 1, OnTrack = 2, Complete = 3 };
    static constexpr int kDueSoonDays = 90;

    struct RequirementCell
    {
        QString standard;
        QString id;
        QString label;
        QString unit;
        Urgency status = Urgency::OnTrack;
        double done = 0;
        double required = 0;
    };
    struct MemberRow
    {
        QString memberId;
        QString name;
        QString role;
        QString registration;
        QDate nextDeadline; // invalid when the summary names none
        QString nextDeadlineStandard;
        std::optional<qint64> daysLeft;
        Urgency urgency = Urgency::OnTrack;
        QDateTime generatedAt;
        qint64 sequence = 0;
        QList<RequirementCell> requirements;
    };
    struct TopicCell
    {
        int entries = 0;
        double hours = 0;
    };
    struct TopicColumn
    {
        QString id;
        QString title;
        int membersCovering = 0;
        int entries = 0;
        double hours = 0;
        QHash<QString, TopicCell> cells; // by member id
    };

    // topics: the catalogue's current topics in its order, then ids only members mention.
    static TeamDashboard compute(const QList<TeamSummary>& summaries, const QDate& asOf,
                                 const TopicCatalogue& catalogue, const QString& source = {});

    QDate asOf;
    QString source;
    QList<MemberRow> members; // most urgent first
    QList<TopicColumn> topics;

    const MemberRow* member(const QString& memberId) const;
    static QString urgencyId(Urgency urgency); // "overdue", "due soon", "on track", "complete"
    static QString urgencyLabel(Urgency urgency); // translated
    QJsonObject toJson() const;
};

} // namespace cpd
