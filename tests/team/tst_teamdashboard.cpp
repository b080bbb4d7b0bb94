#include "TeamFixtures.h"
#include "team/TeamDashboard.h"
#include "topics/TopicCatalogue.h"

#include <QJsonArray>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TestTeamDashboard : public QObject
{
    Q_OBJECT
private slots:
    void sortedByUrgencyWithWords()
    {
        const QDate asOf(2026, 3, 14);
        QList<TeamSummary> team;
        team << makeSummary(QStringLiteral("Complete Carol"), asOf.addDays(20), true);
        team << makeSummary(QStringLiteral("Track Tom"), asOf.addDays(200), false);
        team << makeSummary(QStringLiteral("Soon Sam"), asOf.addDays(90), false);   // the 90th day: due soon
        team << makeSummary(QStringLiteral("Soon Sue"), asOf.addDays(10), false);
        team << makeSummary(QStringLiteral("Late Liz"), asOf.addDays(-1), false);
        team << makeSummary(QStringLiteral("Later Lou"), asOf.addDays(91), false);   // one day more: on track
        const auto d = TeamDashboard::compute(team, asOf, TopicCatalogue::builtIn(), QStringLiteral("test"));
        QStringList order;
        for (const auto& m : d.members)
            order << m.name;
        QCOMPARE(order, (QStringList{QStringLiteral("Late Liz"), QStringLiteral("Soon Sue"), QStringLiteral("Soon Sam"),
                                     QStringLiteral("Later Lou"), QStringLiteral("Track Tom"), QStringLiteral("Complete Carol")}));
        QCOMPARE(d.members.at(0).urgency, TeamDashboard::Urgency::Overdue);
        QCOMPARE(*d.members.at(0).daysLeft, qint64(-1));
        QCOMPARE(d.members.at(2).urgency, TeamDashboard::Urgency::DueSoon);
        QCOMPARE(d.members.at(3).urgency, TeamDashboard::Urgency::OnTrack);
        QCOMPARE(d.members.at(5).urgency, TeamDashboard::Urgency::Complete);
        // A met requirement of a late member is still complete.
        QCOMPARE(d.members.at(0).requirements.at(1).status, TeamDashboard::Urgency::Complete);

        const QJsonObject json = d.toJson();
        QCOMPARE(json.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-03-14"));
        const QJsonObject first = json.value(QStringLiteral("members")).toArray().at(0).toObject();
        for (const char* key : {"member_id", "name", "role", "registration", "next_deadline", "days_left", "urgency",
                                "requirements"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("urgency")).toString(), QStringLiteral("overdue"));
        const QJsonObject req = first.value(QStringLiteral("requirements")).toArray().at(0).toObject();
        QCOMPARE(req.value(QStringLiteral("id")).toString(), QStringLiteral("cpd-hours"));
        QCOMPARE(req.value(QStringLiteral("status")).toString(), QStringLiteral("overdue"));
        QCOMPARE(req.value(QStringLiteral("done")).toDouble(), 20.5);
        QCOMPARE(req.value(QStringLiteral("required")).toDouble(), 35.0);
    }
    void topicMatrixCountsMembersAndUnknownIds()
    {
        const QDate asOf(2026, 3, 14);
        TeamSummary a = makeSummary(QStringLiteral("A"), asOf.addDays(100), false);
        TeamSummary b = makeSummary(QStringLiteral("B"), asOf.addDays(100), false);
        b.topics << TeamSummary::TopicCount{QStringLiteral("retired-topic-x"), 1, 2, {}};
        const auto catalogue = TopicCatalogue::builtIn();
        const auto d = TeamDashboard::compute({a, b}, asOf, catalogue);
        const TeamDashboard::TopicColumn* alcohol = nullptr;
        const TeamDashboard::TopicColumn* unknown = nullptr;
        for (const auto& t : d.topics) {
            if (t.id == QLatin1String("alcohol"))
                alcohol = &t;
            if (t.id == QLatin1String("retired-topic-x"))
                unknown = &t;
        }
        QVERIFY(alcohol && unknown);
        QCOMPARE(alcohol->membersCovering, 2);
        QCOMPARE(alcohol->entries, 4);
        QCOMPARE(alcohol->hours, 7.0);
        QCOMPARE(alcohol->cells.value(a.memberId).entries, 2);
        QCOMPARE(unknown->membersCovering, 1);
        QVERIFY(unknown->title.contains(QLatin1String("retired-topic-x")));
        QVERIFY(d.topics.size() >= catalogue.suggestable().size());
    }
    void emptyTeam()
    {
        const auto d = TeamDashboard::compute({}, QDate(2026, 1, 1), TopicCatalogue::builtIn());
        QVERIFY(d.members.isEmpty());
        QCOMPARE(d.toJson().value(QStringLiteral("members")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTeamDashboard)
#include "tst_teamdashboard.moc"
