#include "TeamFixtures.h"
#include "TestJournal.h"
#include "standards/StandardRegistry.h"
#include "team/TeamSummaryBuilder.h"
#include "topics/TopicCatalogue.h"

#include <QJsonDocument>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TestTeamSummary : public QObject
{
    Q_OBJECT
private:
    static Profile nurse()
    {
        Profile p;
        p.name = QStringLiteral("Alex Morgan");
        p.professions = {QStringLiteral("nurse")};
        p.nmcPin = QStringLiteral("12A3456E");
        p.registrationExpiry = QDate(2026, 9, 30);
        p.employer = QStringLiteral("Riverside Surgery");
        return p;
    }

private slots:
    void jsonRoundTrip()
    {
        TeamSummary s = makeSummary(QStringLiteral("Alex"), QDate(2026, 6, 1), false, 3);
        s.sharedEntries.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("title"), QStringLiteral("T")}});
        auto back = TeamSummary::parse(s.toCanonicalBytes());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->toCanonicalBytes(), s.toCanonicalBytes());
        QVERIFY(*back == s);
        const QJsonObject o = s.toJson();
        for (const char* key : {"member_id", "name", "role", "registration", "registration_expiry", "generated_at",
                                "sequence", "standards", "hours_by_month", "topics", "shared_entries", "format"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("hours_by_month")).toArray().at(0).toObject().value(QStringLiteral("month")).toString(),
                 QStringLiteral("2026-01"));
    }
    void badJsonIsRefusedWithReasons()
    {
        TeamSummary s = makeSummary(QStringLiteral("Alex"), QDate(2026, 6, 1), false);
        QJsonObject o = s.toJson();
        o.insert(QStringLiteral("member_id"), QStringLiteral("not-a-uuid"));
        o.insert(QStringLiteral("sequence"), 0);
        auto r = TeamSummary::fromJson(o);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not a UUID")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QLatin1String("sequence")), qPrintable(r.error().message));
        o = s.toJson();
        o.insert(QStringLiteral("format"), 99);
        QVERIFY(!TeamSummary::fromJson(o));
        QVERIFY(!TeamSummary::parse("{not json"));
        QVERIFY(!TeamSummary::parse("[]"));
    }
    void builderSharesOnlyChosenEntries()
    {
        TestJournal j;
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse()));
        EntryRepository repo(*j.db, j.clock);
        auto shared = repo.add(TestJournal::sampleEntry(QStringLiteral("Shared asthma course")));
        auto hidden = repo.add(TestJournal::sampleEntry(QStringLiteral("Private reflection on a complaint")));
        QVERIFY(shared && hidden);
        const auto standards = StandardRegistry::withBuiltIns();
        const auto catalogue = TopicCatalogue::builtIn();
        TeamSummaryBuilder builder(*j.db, standards, catalogue, j.clock);
        const QString member = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto s = builder.build({member, 4, {shared->id}, {}});
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->memberId, member);
        QCOMPARE(s->sequence, qint64(4));
        QCOMPARE(s->name, QStringLiteral("Alex Morgan"));
        QCOMPARE(s->registration, QStringLiteral("12A3456E"));
        QCOMPARE(s->registrationBody, QStringLiteral("nmc"));
        QCOMPARE(s->asOf, QDate(2026, 3, 14));
        QCOMPARE(s->totalEntries, 2);
        QCOMPARE(s->totalHours, 6.0);
        QCOMPARE(s->sharedEntries.size(), 1);
        QCOMPARE(s->sharedEntries.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Shared asthma course"));
        const QByteArray bytes = s->toCanonicalBytes();
        QVERIFY(!bytes.contains("Private reflection on a complaint"));
        QVERIFY(!bytes.contains("Most patients were not using spacers") || bytes.count("Most patients were not using spacers") == 1);
        // Requirements carry the status JSON's ids.
        const auto* nmc = s->standard(QStringLiteral("nmc"));
        QVERIFY(nmc);
        QCOMPARE(nmc->applicationDate.isValid(), true);
        QStringList ids;
        for (const auto& r : nmc->requirements)
            ids << r.id;
        QVERIFY2(ids.contains(QStringLiteral("cpd-hours")), qPrintable(ids.join(QLatin1Char(','))));
        // Topic coverage: both entries are mapped to air-pollution at the individual level.
        QCOMPARE(s->topics.size(), 1);
        QCOMPARE(s->topics.first().id, QStringLiteral("air-pollution"));
        QCOMPARE(s->topics.first().entries, 2);
        QCOMPARE(s->topics.first().levels.value(QStringLiteral("individual")), 2);
        double hours = 0;
        for (const auto& m : s->hoursByMonth)
            hours += m.participatory + m.other;
        QCOMPARE(hours, 6.0);
        // The built summary survives its own codec.
        auto back = TeamSummary::parse(bytes);
        QVERIFY(back);
        QVERIFY(*back == *s);
    }
    void builderNeedsAProfileAndRealEntries()
    {
        TestJournal j;
        const auto standards = StandardRegistry::withBuiltIns();
        const auto catalogue = TopicCatalogue::builtIn();
        TeamSummaryBuilder builder(*j.db, standards, catalogue, j.clock);
        const QString member = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto none = builder.build({member, 1, {}, {}});
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QLatin1String("profile")), qPrintable(none.error().message));
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse()));
        auto missing = builder.build({member, 1, {QStringLiteral("00000000-0000-4000-8000-000000000000")}, {}});
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("cannot share entry")), qPrintable(missing.error().message));
    }
};

QTEST_GUILESS_MAIN(TestTeamSummary)
#include "tst_teamsummary.moc"
