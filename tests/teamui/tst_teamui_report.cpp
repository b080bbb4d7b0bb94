// The team report PDF through poppler (pdftotext): the team table in urgency order with words and
// numbers, the coverage, sign-offs and notes, shared entries by title only, and never a reflection
// (not even a shared one's). Summaries from a TeamStore (imported) and from any other source.
#include "../team/TeamFixtures.h"
#include "CliRunner.h"
#include "TeamReport.h"
#include "TestJournal.h"
#include "team/TeamStore.h"
#include "topics/TopicCatalogue.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

const QString kReflection = QStringLiteral("SHARED-REFLECTION-TEXT stays out of the report");

// Summaries from somewhere other than the journal (as the organisation's server would give).
class ListSource final : public TeamSummarySource
{
public:
    explicit ListSource(QList<TeamSummary> summaries) : m_summaries(std::move(summaries)) {}
    QString description() const override { return QStringLiteral("TestServer"); }
    Result<QList<TeamSummary>> latestSummaries() override { return m_summaries; }

private:
    QList<TeamSummary> m_summaries;
};

QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        qFatal("could not write the PDF");
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed: %s", p.readAllStandardError().constData());
    // Reading order, wrapped lines joined: a table cell may wrap anywhere.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QList<TeamSummary> team()
{
    TeamSummary overdue = makeSummary(QStringLiteral("Olwen Overdue"), QDate(2026, 2, 28), false);
    TeamSummary soon = makeSummary(QStringLiteral("Sam Soon"), QDate(2026, 5, 31), false);
    TeamSummary done = makeSummary(QStringLiteral("Chris Complete"), QDate(2027, 5, 31), true);
    QJsonObject entry{
        {QStringLiteral("id"), QStringLiteral("e1")},
        {QStringLiteral("title"), QStringLiteral("Inhaler technique audit")},
        {QStringLiteral("date"), QStringLiteral("2026-02-03")},
        {QStringLiteral("reflection"), QJsonObject{{QStringLiteral("learned"), kReflection}}}};
    soon.sharedEntries.append(entry);
    return {done, soon, overdue};
}

} // namespace

class TestTeamUiReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps.sh)");
    }

    void reportFromImportedSummaries()
    {
        TestJournal manager;
        TeamStore store(*manager.db, manager.clock);
        const QList<TeamSummary> summaries = team();
        for (const TeamSummary& s : summaries) {
            QVERIFY(store.addMember(s.memberId, QByteArray(32, 'k')));
            QVERIFY(store.putSummary(s, s.toCanonicalBytes(), QByteArray("bundle")));
        }
        const QString sam = summaries.at(1).memberId;
        QVERIFY(store.addNote(sam, QStringLiteral("Agreed a plan for the missing hours.")));
        QVERIFY(store.signOff(sam, QStringLiteral("Pat Manager"),
                              QStringLiteral("Reviewed for appraisal")));

        auto report =
            TeamReport::load(store, &store, TopicCatalogue::builtIn(), QDate(2026, 3, 14));
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(!report->html().contains(kReflection));
        auto pdf = report->pdf();
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF"));
        const QString text = pdfText(*pdf);
        QVERIFY2(text.contains(QLatin1String("Team report, 2026-03-14")), qPrintable(text));
        // Most urgent first, each with its status word.
        const qsizetype o = text.indexOf(QLatin1String("Olwen Overdue")),
                        s = text.indexOf(QLatin1String("Sam Soon")),
                        c = text.indexOf(QLatin1String("Chris Complete"));
        QVERIFY(o >= 0 && s > o && c > s);
        for (const char* word : {"overdue", "due soon", "complete"})
            QVERIFY2(text.contains(QLatin1String(word)), word);
        QVERIFY2(text.contains(QLatin1String("20.5 of 35 hours")), qPrintable(text));
        // Coverage, sign-off, notes, the shared entry's title and never its reflection.
        QVERIFY(text.contains(QLatin1String("Topic coverage")));
        QVERIFY(text.contains(QLatin1String("Signed off by Pat Manager")));
        QVERIFY(text.contains(QLatin1String("Reviewed for appraisal")));
        QVERIFY(text.contains(QLatin1String("Agreed a plan for the missing hours.")));
        QVERIFY(text.contains(QLatin1String("Not signed off.")));
        QVERIFY(text.contains(QLatin1String("Inhaler technique audit")));
        QVERIFY(!text.contains(QLatin1String("SHARED-REFLECTION")));
    }

    void cliWritesTheReport()
    {
        TestJournal manager;
        {
            TeamStore store(*manager.db, manager.clock);
            for (const TeamSummary& s : team()) {
                QVERIFY(store.addMember(s.memberId, QByteArray(32, 'k')));
                QVERIFY(store.putSummary(s, s.toCanonicalBytes(), QByteArray("bundle")));
            }
        }
        manager.db.reset(); // closed, as when the app is not running
        CliRunner cli(manager.path);
        const QString out = manager.dir.filePath(QStringLiteral("team.pdf"));
        // No display needed: the CLI uses the offscreen platform for a PDF.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        CliResult r =
            cli.run({QStringLiteral("team"), QStringLiteral("report"), QStringLiteral("-o"), out,
                     QStringLiteral("--as-of"), QStringLiteral("2026-03-14")},
                    {}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("3 members"), r.out.constData());
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QString text = pdfText(pdf.readAll());
        QVERIFY2(text.contains(QLatin1String("Olwen Overdue")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("SHARED-REFLECTION")));
        // Bad usage: exit 2 and one line; the other team verbs still answer.
        r = cli.run({QStringLiteral("team"), QStringLiteral("report")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("-o FILE"), r.err.constData());
        r = cli.run({QStringLiteral("team"), QStringLiteral("report"), QStringLiteral("-o"), out,
                     QStringLiteral("--source"), QStringLiteral("server")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no team server"), r.err.constData());
        r = cli.run(
            {QStringLiteral("team"), QStringLiteral("dashboard"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("members")).toArray().size(), 3);
    }

    void reportFromAnotherSource()
    {
        ListSource source(team());
        auto report =
            TeamReport::load(source, nullptr, TopicCatalogue::builtIn(), QDate(2026, 3, 14));
        QVERIFY(report);
        QCOMPARE(report->dashboard.members.size(), 3);
        const QString text = pdfText(*report->pdf());
        QVERIFY2(text.contains(QLatin1String("TestServer")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("SHARED-REFLECTION")));
    }
};

QTEST_MAIN(TestTeamUiReport)
#include "tst_teamui_report.moc"
