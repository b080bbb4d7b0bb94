// Row-level security on the team server, proven from the other side: two members (A, B) of one
// team, its manager (M) and the manager of another team (M2), each over their own connection as
// their own login, against a real PostgreSQL started by the CTest fixture.
#include "PgFixture.h"
#include "TestJournal.h"
#include "team/TeamDashboard.h"
#include "team/TeamSummary.h"
#include "teamserver/PublishQueue.h"
#include "teamserver/ServerSummarySource.h"
#include "teamserver/TeamPublisher.h"
#include "teamserver/TeamServerAdmin.h"
#include "teamserver/TeamServerSchema.h"
#include "topics/TopicCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>

using namespace cpd;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");
const QString kEntryShared = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kEntryForM2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kEntryPrivate = QStringLiteral("33333333-3333-4333-8333-333333333333");

// Strings that would do damage if spliced into SQL anywhere.
QStringList hostile()
{
    return {QStringLiteral("Robert'); DROP TABLE cpd.summaries; --"),
            QStringLiteral("x' OR '1'='1"),
            QStringLiteral("$$; DELETE FROM cpd.shared_entries; $$"),
            QStringLiteral("\"; SET ROLE cpd_owner; --"),
            QStringLiteral("\\'; TRUNCATE cpd.members CASCADE; -- Ŵ ☃ 💉")};
}

TeamSummary summary(const QString& memberId, const QString& name, qint64 sequence,
                    const QString& text = {})
{
    TeamSummary s;
    s.memberId = memberId;
    s.name = text.isEmpty() ? name : text;
    s.role = QStringLiteral("nurse");
    s.professions = {QStringLiteral("nurse")};
    s.registration = text.isEmpty() ? QStringLiteral("12A3456E") : text;
    s.registrationBody = QStringLiteral("nmc");
    s.employer = text;
    s.asOf = QDate(2026, 3, 14);
    s.generatedAt = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC).addSecs(sequence * 60);
    s.sequence = sequence;
    TeamSummary::StandardProgress sp;
    sp.id = QStringLiteral("nmc");
    sp.periodStart = QDate(2023, 6, 1);
    sp.periodEnd = QDate(2026, 6, 1);
    sp.applicationDate = QDate(2026, 6, 1);
    sp.requirements << TeamSummary::Requirement{QStringLiteral("cpd-hours"),
                                                QStringLiteral("CPD hours"),
                                                QStringLiteral("hours"),
                                                35,
                                                20,
                                                false,
                                                QStringLiteral("15 more hours")};
    s.standards << sp;
    s.hoursByMonth << TeamSummary::Month{QDate(2026, 1, 1), 2, 1.5};
    s.topics << TeamSummary::TopicCount{
        QStringLiteral("alcohol"), 2, 3.5, {{QStringLiteral("individual"), 2}}};
    s.totalEntries = 2;
    s.totalHours = 3.5;
    return s;
}

QJsonObject entry(const QString& id, const QString& title,
                  const QString& text = QStringLiteral("What I learned"))
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("tags"), QJsonArray{text, QStringLiteral("asthma")}},
            {QStringLiteral("reflection"), QJsonObject{{QStringLiteral("learned"), text}}}};
}

} // namespace

class TestTeamServerRls : public QObject
{
    Q_OBJECT

    test::PgServer m_pg;
    QString m_db;
    std::unique_ptr<TeamServerConnection> m_admin, m_a, m_b, m_m, m_m2;
    QString m_loginA, m_loginB, m_loginM, m_loginM2;
    QString m_idA, m_idB, m_idM;

    std::unique_ptr<TeamServerConnection> login(const QString& user,
                                                const QString& password = kPassword)
    {
        auto c = TeamServerConnection::open(m_pg.settings(m_db, user), password);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        return std::move(*c);
    }

    // Every row of a query as text, for before/after comparisons.
    static QStringList rows(TeamServerConnection& c, const QString& sql)
    {
        QSqlQuery q(c.db());
        if (!q.exec(sql))
            return {QStringLiteral("ERROR ") + q.lastError().text()};
        QStringList out;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            out << cols.join(QLatin1Char('|'));
        }
        return out;
    }

    static int affected(TeamServerConnection& c, const QString& sql)
    {
        QSqlQuery q(c.db());
        if (!q.exec(sql))
            return -1;
        return q.numRowsAffected();
    }

    static QString errorOf(TeamServerConnection& c, const QString& sql)
    {
        QSqlQuery q(c.db());
        return q.exec(sql) ? QString() : q.lastError().databaseText();
    }

    void publish(TeamServerConnection& as, const TeamSummary& s,
                 const QList<std::pair<QJsonObject, QStringList>>& entries)
    {
        test::TestJournal j;
        PublishQueue queue(*j.db, j.clock);
        QVERIFY(queue.enqueueSummary(s.memberId, s.toJson()));
        for (const auto& [e, managers] : entries)
            QVERIFY(queue.enqueueEntry(e.value(QStringLiteral("id")).toString(), e, managers));
        auto sent = TeamPublisher::send(as, queue);
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QCOMPARE(*queue.size(), 0);
    }

private slots:
    void initTestCase()
    {
        m_pg = test::PgServer::fromFixture();
        m_db = m_pg.createDatabase(QStringLiteral("rls"));
        m_admin = login(m_pg.admin, m_pg.adminPassword);
        const QString sfx = test::PgServer::suffix();
        m_loginA = QStringLiteral("amy_") + sfx;
        m_loginB = QStringLiteral("ben_") + sfx;
        m_loginM = QStringLiteral("meg_") + sfx;
        m_loginM2 = QStringLiteral("max_") + sfx;
    }

    void initCreatesTheSchemaOnceAndIsIdempotent()
    {
        auto first = TeamServerSchema::apply(m_admin->db());
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->size(), TeamServerSchema::latestVersion());
        auto second = TeamServerSchema::apply(m_admin->db());
        QVERIFY(second);
        QVERIFY(second->isEmpty());
        QCOMPARE(*TeamServerSchema::currentVersion(m_admin->db()),
                 TeamServerSchema::latestVersion());
    }

    void everyTableHasForcedRowSecurityAndAnOwnerNobodyLogsInAs()
    {
        const QStringList tables = rows(
            *m_admin, QStringLiteral("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                                     "r.rolname, r.rolcanlogin "
                                     "FROM pg_class c JOIN pg_namespace n ON n.oid = "
                                     "c.relnamespace JOIN pg_roles r ON r.oid = c.relowner "
                                     "WHERE n.nspname = 'cpd' AND c.relkind = 'r' ORDER BY 1"));
        QCOMPARE(tables.size(), 9);
        for (const QString& t : tables)
            QVERIFY2(t.endsWith(QLatin1String("|true|true|cpd_owner|false")), qPrintable(t));
        // The group roles cannot log in; nobody is a member of the owner.
        QCOMPARE(
            rows(*m_admin,
                 QStringLiteral(
                     "SELECT count(*) FROM pg_roles WHERE rolname LIKE 'cpd\\_%' AND rolcanlogin")),
            QStringList{QStringLiteral("0")});
        QCOMPARE(
            rows(*m_admin,
                 QStringLiteral(
                     "SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                     "WHERE r.rolname IN ('cpd_owner', 'cpd_lookup')")),
            QStringList{QStringLiteral("0")});
    }

    void administratorSetsUpTeamsAndPeople()
    {
        TeamServerAdmin dir(m_admin->db());
        QVERIFY(dir.addTeam(QStringLiteral("Riverside PCN"), QStringLiteral("Practice nurses")));
        QVERIFY(dir.addTeam(QStringLiteral("Riverside PCN"),
                            QStringLiteral("Practice nurses"))); // idempotent
        QVERIFY(dir.addTeam(QStringLiteral("Riverside PCN"), QStringLiteral("GPs")));
        for (const QString& l : {m_loginA, m_loginB, m_loginM, m_loginM2})
            QVERIFY(dir.addMember({l, l.toUpper(), QStringLiteral("nurse"), QString()}, kPassword));
        QVERIFY(dir.addToTeam(m_loginA, {}, QStringLiteral("Practice nurses"), false));
        QVERIFY(dir.addToTeam(m_loginB, {}, QStringLiteral("Practice nurses"), false));
        QVERIFY(dir.addToTeam(m_loginM, {}, QStringLiteral("Practice nurses"), true));
        QVERIFY(dir.addToTeam(m_loginM2, {}, QStringLiteral("GPs"), true));
        auto bad = dir.addMember(
            {QStringLiteral("x'; DROP ROLE admin; --"), QStringLiteral("X"), {}, {}}, kPassword);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("lower-case letters")));
        QVERIFY(!dir.addToTeam(m_loginA, {}, QStringLiteral("No such team"), false));

        m_a = login(m_loginA);
        m_b = login(m_loginB);
        m_m = login(m_loginM);
        m_m2 = login(m_loginM2);
        m_idA = rows(*m_a, QStringLiteral("SELECT cpd.my_member_id()")).value(0);
        m_idB = rows(*m_b, QStringLiteral("SELECT cpd.my_member_id()")).value(0);
        m_idM = rows(*m_m, QStringLiteral("SELECT cpd.my_member_id()")).value(0);
        QCOMPARE(m_idA.size(), 36);
        QVERIFY(m_idA != m_idB);

        // A shares one entry with M, one with nobody; B publishes only a summary.
        publish(
            *m_a,
            summary(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Amy"), 1),
            {{entry(kEntryShared, QStringLiteral("Shared with Meg")), {m_loginM}}});
        publish(
            *m_b,
            summary(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Ben"), 1),
            {});
        // A private entry of A's (on the server, shared with nobody).
        QCOMPARE(affected(*m_a, QStringLiteral("INSERT INTO cpd.shared_entries (entry_id, title, "
                                               "entry) VALUES ('%1', 'Private', '{}')")
                                    .arg(kEntryPrivate)),
                 1);
    }

    void aMemberCannotShareWithAManagerOfAnotherTeam()
    {
        test::TestJournal j;
        PublishQueue queue(*j.db, j.clock);
        QVERIFY(queue.enqueueEntry(kEntryForM2, entry(kEntryForM2, QStringLiteral("For Max")),
                                   {m_loginM2}));
        auto sent = TeamPublisher::send(*m_a, queue);
        QVERIFY(!sent);
        QVERIFY2(sent.error().message.contains(QLatin1String("not a manager of any of your teams")),
                 qPrintable(sent.error().message));
        QCOMPARE(*queue.size(), 1); // kept
        // Raw SQL fares no better: the policy's check refuses the row.
        const QString idM2 =
            rows(*m_admin,
                 QStringLiteral("SELECT id FROM cpd.members WHERE login = '%1'").arg(m_loginM2))
                .value(0);
        QVERIFY(
            errorOf(*m_a,
                    QStringLiteral(
                        "INSERT INTO cpd.entry_shares (entry_id, manager_id) VALUES ('%1', '%2')")
                        .arg(kEntryPrivate, idM2))
                .contains(QLatin1String("row-level security")));
    }

    void memberBReadsNothingOfA()
    {
        for (const QString& table :
             {QStringLiteral("summaries"), QStringLiteral("shared_entries"),
              QStringLiteral("entry_shares"), QStringLiteral("manager_notes")}) {
            QCOMPARE(rows(*m_b, QStringLiteral("SELECT count(*) FROM cpd.%1 WHERE member_id = '%2'")
                                    .arg(table, m_idA)),
                     QStringList{QStringLiteral("0")});
            QVERIFY2(!rows(*m_a, QStringLiteral("SELECT * FROM cpd.%1").arg(table))
                          .value(0)
                          .startsWith(QLatin1String("ERROR")),
                     qPrintable(table));
        }
        // Every table, everything B may see: only B's own rows and B's team's directory.
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT member_id FROM cpd.summaries")),
                 QStringList{m_idB});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT count(*) FROM cpd.shared_entries")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT login FROM cpd.members ORDER BY login")),
                 QStringList({m_loginB, m_loginM})); // self and own manager: not A, not M2
        QCOMPARE(rows(*m_b,
                      QStringLiteral("SELECT count(*) FROM cpd.team_members WHERE member_id = '%1'")
                          .arg(m_idA)),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT name FROM cpd.teams")),
                 QStringList{QStringLiteral("Practice nurses")});
    }

    void memberBChangesNothingOfA()
    {
        const QString summariesOfA =
            QStringLiteral("SELECT summary_id, sequence, summary::text FROM cpd.summaries");
        const QString entriesOfA = QStringLiteral(
            "SELECT entry_id, title, entry::text FROM cpd.shared_entries ORDER BY 1");
        const QStringList beforeSummaries = rows(*m_a, summariesOfA);
        const QStringList beforeEntries = rows(*m_a, entriesOfA);
        QCOMPARE(beforeEntries.size(), 2);
        QCOMPARE(
            affected(*m_b, QStringLiteral(
                               "UPDATE cpd.summaries SET summary = '{}' WHERE member_id = '%1'")
                               .arg(m_idA)),
            0);
        QCOMPARE(
            affected(*m_b,
                     QStringLiteral("DELETE FROM cpd.summaries WHERE member_id = '%1'").arg(m_idA)),
            0);
        QCOMPARE(affected(*m_b, QStringLiteral("UPDATE cpd.shared_entries SET title = 'hacked'")),
                 0);
        QCOMPARE(affected(*m_b, QStringLiteral("DELETE FROM cpd.shared_entries")), 0);
        QCOMPARE(affected(*m_b, QStringLiteral("DELETE FROM cpd.entry_shares")), 0);
        QCOMPARE(
            affected(*m_b, QStringLiteral("UPDATE cpd.members SET name = 'hacked' WHERE id = '%1'")
                               .arg(m_idA)),
            0);
        // Writing a row under A's id is refused outright.
        QVERIFY(errorOf(*m_b, QStringLiteral(
                                  "INSERT INTO cpd.shared_entries (member_id, entry_id, entry) "
                                  "VALUES ('%1', gen_random_uuid(), '{}')")
                                  .arg(m_idA))
                    .contains(QLatin1String("row-level security")));
        QVERIFY(
            errorOf(*m_b,
                    QStringLiteral(
                        "INSERT INTO cpd.summaries (member_id, summary_id, generated_at, summary) "
                        "VALUES ('%1', gen_random_uuid(), now(), '{}') ON CONFLICT (member_id) "
                        "DO UPDATE SET summary = '{}'")
                        .arg(m_idA))
                .contains(QLatin1String("row-level security")));
        QCOMPARE(rows(*m_a, summariesOfA), beforeSummaries);
        QCOMPARE(rows(*m_a, entriesOfA), beforeEntries);
        QCOMPARE(
            rows(*m_a, QStringLiteral("SELECT name FROM cpd.members WHERE id = '%1'").arg(m_idA)),
            QStringList{m_loginA.toUpper()});
    }

    void theManagerReadsTheTeamsSummariesAndOnlyTheEntriesSharedWithThem()
    {
        QCOMPARE(
            rows(*m_m, QStringLiteral("SELECT member_id FROM cpd.summaries ORDER BY member_id"))
                .size(),
            2);
        QCOMPARE(rows(*m_m, QStringLiteral("SELECT entry_id FROM cpd.shared_entries")),
                 QStringList{kEntryShared});
        // The manager (a member too, so allowed to write their own rows) changes nothing of the
        // members'.
        const QStringList before =
            rows(*m_a, QStringLiteral("SELECT summary::text FROM cpd.summaries"));
        QCOMPARE(affected(*m_m, QStringLiteral("UPDATE cpd.summaries SET summary = '{}'")), 0);
        QCOMPARE(affected(*m_m, QStringLiteral("DELETE FROM cpd.shared_entries")), 0);
        QCOMPARE(affected(*m_m, QStringLiteral("DELETE FROM cpd.entry_shares")), 0);
        QCOMPARE(rows(*m_a, QStringLiteral("SELECT summary::text FROM cpd.summaries")), before);
        QCOMPARE(rows(*m_m, QStringLiteral("SELECT entry_id FROM cpd.shared_entries")),
                 QStringList{kEntryShared});
        // Notes and sign-off: on members they manage only.
        QCOMPARE(affected(*m_m, QStringLiteral(
                                    "INSERT INTO cpd.manager_notes (member_id, note, signed_off) "
                                    "VALUES ('%1', 'Good progress', true)")
                                    .arg(m_idA)),
                 1);
        QCOMPARE(rows(*m_a, QStringLiteral("SELECT note, signed_off FROM cpd.manager_notes")),
                 QStringList{QStringLiteral("Good progress|true")});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT count(*) FROM cpd.manager_notes")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(affected(*m_a, QStringLiteral("UPDATE cpd.manager_notes SET signed_off = false")),
                 -1);
    }

    void aManagerOfAnotherTeamSeesNothing()
    {
        for (const QString& table :
             {QStringLiteral("summaries"), QStringLiteral("shared_entries"),
              QStringLiteral("entry_shares"), QStringLiteral("manager_notes")})
            QCOMPARE(rows(*m_m2, QStringLiteral("SELECT count(*) FROM cpd.%1").arg(table)),
                     QStringList{QStringLiteral("0")});
        QCOMPARE(rows(*m_m2, QStringLiteral("SELECT login FROM cpd.members")),
                 QStringList{m_loginM2});
        QVERIFY(
            errorOf(*m_m2, QStringLiteral(
                               "INSERT INTO cpd.manager_notes (member_id, note) VALUES ('%1', 'x')")
                               .arg(m_idA))
                .contains(QLatin1String("row-level security")));
    }

    void rawSqlCannotGetAroundThePolicies_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("become the owner") << "SET ROLE cpd_owner";
        QTest::newRow("become the lookup role") << "SET ROLE cpd_lookup";
        QTest::newRow("become a manager") << "SET ROLE cpd_manager";
        QTest::newRow("become member A") << "SET ROLE %A";
        QTest::newRow("session authorization") << "SET SESSION AUTHORIZATION %A";
        QTest::newRow("disable row security")
            << "ALTER TABLE cpd.summaries DISABLE ROW LEVEL SECURITY";
        QTest::newRow("no force") << "ALTER TABLE cpd.shared_entries NO FORCE ROW LEVEL SECURITY";
        QTest::newRow("drop a policy") << "DROP POLICY member_own ON cpd.summaries";
        QTest::newRow("new policy") << "CREATE POLICY open ON cpd.summaries USING (true)";
        QTest::newRow("row_security off") << "SET row_security = off; SELECT * FROM cpd.summaries";
        QTest::newRow("grant self manager") << "GRANT cpd_manager TO %B";
        QTest::newRow("bypass rls") << "ALTER ROLE %B BYPASSRLS";
        QTest::newRow("change own login")
            << "UPDATE cpd.members SET login = '%A' WHERE login = '%B'";
        QTest::newRow("make self a manager") << "UPDATE cpd.team_members SET is_manager = true";
        QTest::newRow("join a team")
            << "INSERT INTO cpd.team_members (team_id, member_id, is_manager) "
               "SELECT id, cpd.my_member_id(), true FROM cpd.teams";
        QTest::newRow("truncate") << "TRUNCATE cpd.shared_entries";
        QTest::newRow("create table") << "CREATE TABLE cpd.steal AS SELECT 1";
        QTest::newRow("replace a helper")
            << "CREATE OR REPLACE FUNCTION cpd.i_manage(member uuid) RETURNS boolean "
               "LANGUAGE sql AS $$ SELECT true $$";
        QTest::newRow("version table") << "DELETE FROM cpd.schema_version";
    }
    void rawSqlCannotGetAroundThePolicies()
    {
        QFETCH(QString, sql);
        sql.replace(QLatin1String("%A"), m_loginA).replace(QLatin1String("%B"), m_loginB);
        // On a fresh connection of B's, statement by statement: one of them must fail.
        auto b = login(m_loginB);
        QString error;
        for (const QString& statement : sql.split(QStringLiteral("; "))) {
            error = errorOf(*b, statement);
            if (!error.isEmpty())
                break;
        }
        QVERIFY2(!error.isEmpty(), qPrintable(QStringLiteral("allowed: ") + sql));
        // Whatever was tried, B still sees nothing of A's and A's rows are all there.
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT count(*) FROM cpd.shared_entries")),
                 QStringList{QStringLiteral("0")});
        QCOMPARE(rows(*m_a, QStringLiteral("SELECT count(*) FROM cpd.shared_entries")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT current_user")), QStringList{m_loginB});
    }

    void hostileTextIsStoredVerbatimAndHarmsNothing()
    {
        const QStringList beforeB =
            rows(*m_b, QStringLiteral("SELECT summary::text FROM cpd.summaries"));
        const QStringList tablesBefore = rows(
            *m_admin, QStringLiteral("SELECT relname FROM pg_class c JOIN pg_namespace n "
                                     "ON n.oid = c.relnamespace WHERE nspname = 'cpd' ORDER BY 1"));
        TeamServerAdmin dir(m_admin->db());
        int n = 0;
        for (const QString& text : hostile()) {
            ++n;
            // Directory: organisation, team, member name, role and registration.
            QVERIFY(dir.addTeam(text, text));
            QVERIFY(dir.addMember({m_loginA, text, text, text}, kPassword));
            QCOMPARE(rows(*m_a, QStringLiteral("SELECT name, role, registration FROM cpd.members "
                                               "WHERE login = session_user")),
                     QStringList(QStringList({text, text, text}).join(QLatin1Char('|'))));
            QVERIFY(dir.addToTeam(m_loginA, text, text, false));
            QVERIFY(rows(*m_a, QStringLiteral("SELECT name FROM cpd.teams")).contains(text));
            // Published: summary name/registration/employer, entry title, tags and reflection.
            const QString summaryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            publish(*m_a, summary(summaryId, {}, 10 + n, text),
                    {{entry(kEntryShared, text, text), {m_loginM}}});
            auto back = TeamSummary::fromJson(
                QJsonDocument::fromJson(
                    rows(*m_a, QStringLiteral("SELECT summary::text FROM cpd.summaries"))
                        .value(0)
                        .toUtf8())
                    .object());
            QVERIFY(back);
            QCOMPARE(back->name, text);
            QCOMPARE(back->registration, text);
            QCOMPARE(back->employer, text);
            const QJsonObject e =
                QJsonDocument::fromJson(
                    rows(*m_m, QStringLiteral("SELECT entry::text FROM cpd.shared_entries"))
                        .value(0)
                        .toUtf8())
                    .object();
            QCOMPARE(e.value(QStringLiteral("title")).toString(), text);
            QCOMPARE(e.value(QStringLiteral("tags")).toArray().first().toString(), text);
            QCOMPARE(e.value(QStringLiteral("reflection"))
                         .toObject()
                         .value(QStringLiteral("learned"))
                         .toString(),
                     text);
            QCOMPARE(rows(*m_m, QStringLiteral("SELECT title FROM cpd.shared_entries")),
                     QStringList{text});
            // Manager's note through a bound value.
            QSqlQuery q(m_m->db());
            q.prepare(QStringLiteral(
                "INSERT INTO cpd.manager_notes (member_id, note) VALUES (?::uuid, ?)"));
            q.addBindValue(m_idA);
            q.addBindValue(text);
            QVERIFY(q.exec());
            QVERIFY(
                rows(*m_a, QStringLiteral("SELECT note FROM cpd.manager_notes")).contains(text));
        }
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT summary::text FROM cpd.summaries")), beforeB);
        QCOMPARE(rows(*m_a, QStringLiteral("SELECT count(*) FROM cpd.shared_entries")),
                 QStringList{QStringLiteral("2")});
        QCOMPARE(rows(*m_admin,
                      QStringLiteral("SELECT relname FROM pg_class c JOIN pg_namespace n "
                                     "ON n.oid = c.relnamespace WHERE nspname = 'cpd' ORDER BY 1")),
                 tablesBefore);
        QCOMPARE(rows(*m_admin, QStringLiteral("SELECT count(*) FROM cpd.members")),
                 QStringList{QStringLiteral("4")});
        QVERIFY(
            dir.addMember({m_loginA, m_loginA.toUpper(), QStringLiteral("nurse"), {}}, kPassword));
    }

    void republishingIsIdempotentAndNeverGoesBackwards()
    {
        const QString summaryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        publish(*m_b, summary(summaryId, QStringLiteral("Ben"), 100), {});
        publish(*m_b, summary(summaryId, QStringLiteral("Ben"), 100), {});
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT count(*), max(sequence) FROM cpd.summaries")),
                 QStringList{QStringLiteral("1|100")});
        publish(*m_b, summary(summaryId, QStringLiteral("Ben, older"), 99),
                {}); // a stale queue item
        QCOMPARE(rows(*m_b, QStringLiteral("SELECT sequence, summary->>'name' FROM cpd.summaries")),
                 QStringList{QStringLiteral("100|Ben")});
        // Withdrawing a shared entry removes it for the manager.
        test::TestJournal j;
        PublishQueue queue(*j.db, j.clock);
        QVERIFY(queue.enqueueEntry(kEntryShared, {}, {}));
        auto sent = TeamPublisher::send(*m_a, queue);
        QVERIFY(sent);
        QCOMPARE(sent->withdrawn, 1);
        QCOMPARE(rows(*m_m, QStringLiteral("SELECT count(*) FROM cpd.shared_entries")),
                 QStringList{QStringLiteral("0")});
        publish(
            *m_a,
            summary(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Amy"), 200),
            {{entry(kEntryShared, QStringLiteral("Shared with Meg")), {m_loginM}}});
    }

    void theDashboardFromTheServerMatchesTheSameSummariesFromBundles()
    {
        ServerSummarySource source(login(m_loginM));
        auto summaries = source.latestSummaries();
        QVERIFY2(summaries, summaries ? "" : qPrintable(summaries.error().message));
        QCOMPARE(summaries->size(), 2);
        for (const TeamSummary& s : std::as_const(*summaries)) {
            if (s.name == QLatin1String("Amy")) {
                QCOMPARE(s.sharedEntries.size(), 1);
                QCOMPARE(s.sharedEntries.first().toObject().value(QStringLiteral("id")).toString(),
                         kEntryShared);
            } else {
                QVERIFY(s.sharedEntries.isEmpty());
            }
        }
        const TopicCatalogue catalogue = TopicCatalogue::builtIn();
        const QDate asOf(2026, 3, 14);
        QJsonObject fromServer =
            TeamDashboard::compute(*summaries, asOf, catalogue, source.description()).toJson();
        QJsonObject fromBundles =
            TeamDashboard::compute(*summaries, asOf, catalogue, QStringLiteral("bundles")).toJson();
        QVERIFY(fromServer.value(QStringLiteral("source")).toString().contains(m_loginM));
        fromServer.remove(QStringLiteral("source"));
        fromBundles.remove(QStringLiteral("source"));
        QCOMPARE(fromServer, fromBundles);
        QCOMPARE(fromServer.value(QStringLiteral("members")).toArray().size(), 2);
        // Another team's manager gets an empty dashboard, not an error.
        ServerSummarySource other(login(m_loginM2));
        QCOMPARE(other.latestSummaries()->size(), 0);
    }

    void connectionFailuresSayWhatIsWrong()
    {
        auto wrong = TeamServerConnection::open(m_pg.settings(m_db, m_loginA),
                                                QStringLiteral("not the password"));
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QLatin1String("refused the login")),
                 qPrintable(wrong.error().message));
        QVERIFY(!wrong.error().message.contains(QLatin1String("not the password")));

        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 freePort = closed.serverPort();
        closed.close();
        TeamServerSettings down = m_pg.settings(m_db, m_loginA);
        down.port = freePort;
        auto refused = TeamServerConnection::open(down, kPassword);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("not reachable")),
                 qPrintable(refused.error().message));

        // A server that accepts the connection and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        TeamServerSettings stuck = down;
        stuck.port = silent.serverPort();
        stuck.connectTimeoutSeconds = 2;
        auto timedOut = TeamServerConnection::open(stuck, kPassword);
        QVERIFY(!timedOut);
        QVERIFY2(
            timedOut.error().message.contains(QLatin1String("did not answer within 2 seconds")),
            qPrintable(timedOut.error().message));

        TeamServerSettings tls = m_pg.settings(m_db, m_loginA);
        tls.tlsMode = QStringLiteral("require"); // the fixture's server has no TLS
        auto noTls = TeamServerConnection::open(tls, kPassword);
        QVERIFY(!noTls);
        QVERIFY2(noTls.error().message.contains(QLatin1String("TLS")),
                 qPrintable(noTls.error().message));
    }

    void initNeedsASuperuser()
    {
        auto applied = TeamServerSchema::apply(m_a->db());
        QVERIFY(!applied);
        QVERIFY(applied.error().message.contains(QLatin1String("superuser")));
    }
};

QTEST_GUILESS_MAIN(TestTeamServerRls)
#include "tst_teamserver_rls.moc"
