// The portfolio's HTML, now written from the report document model: the NMC and GP packs against
// golden files (the HTML PortfolioHtml wrote before the model, both targets), and ReportHtml on
// hand-made documents. Regenerate the golden files only deliberately:
//   CPD_UPDATE_GOLDEN=1 ./build/tests/export/tst_reporthtml
#include "ExportFixture.h"
#include "PortfolioHtml.h"
#include "PortfolioReport.h"
#include "TestJournal.h"
#include "demo/DemoJournalGenerator.h"
#include "document/ReportHtml.h"
#include "export/PortfolioBuilder.h"
#include "export/ReportLabels.h"
#include "standards/StandardRegistry.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

// Text that HTML must escape, over two lines.
const QString kAwkward = QStringLiteral("Tom & Jerry's <b>\"bold\"</b> a<b\nsecond line > first");

QString goldenDir()
{
    return QStringLiteral(CPD_SOURCE_DIR "/tests/export/golden");
}

Portfolio build(TestJournal& j, const QString& standard)
{
    PortfolioOptions options;
    options.standard = standard;
    options.asOf = QDate(2026, 3, 14);
    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    auto p = PortfolioBuilder(*j.db, j.clock, standards).build(options);
    if (!p)
        qFatal("build failed: %s", qPrintable(p.error().message));
    return *p;
}

void makeGp(TestJournal& j)
{
    Profile profile = *ProfileRepository(*j.db, j.clock).load().value();
    profile.professions = {QStringLiteral("gp")};
    profile.gmcNumber = QStringLiteral("7654321");
    profile.nextAppraisalDate = QDate(2026, 6, 1);
    profile.revalidationDate = QDate(2027, 4, 30);
    QVERIFY(ProfileRepository(*j.db, j.clock).save(profile));
}

Record record(const auto& data)
{
    Record r;
    r.data = data;
    return r;
}

Entry awkwardEntry(int n, const QString& activity)
{
    Entry e = TestJournal::sampleEntry(QStringLiteral("Awkward %1: ").arg(n) + kAwkward);
    e.id = fixedId(500 + n);
    e.date = QDate(2025, 6, 1).addDays(n);
    e.activity = activity;
    e.reflection[QStringLiteral("changed")] = kAwkward;
    e.codeThemes = {QStringLiteral("prioritise-people"),
                    QStringLiteral("promote-professionalism-and-trust")};
    e.gmpDomains = {QStringLiteral("knowledge-skills-development"),
                    QStringLiteral("colleagues-culture-safety")};
    e.credits = 1.5;
    return e;
}

// The export fixture's journal with 45 more entries (the CPD log runs over three PDF tables), and
// then every section of the portfolio filled, with text HTML must escape in each.
Portfolio everything(const QString& standard)
{
    TestJournal j;
    fillNmcJournal(*j.db, j.clock);
    QList<Entry> more;
    for (int i = 0; i < 45; ++i) {
        Entry e = TestJournal::sampleEntry(QStringLiteral("Course %1").arg(i + 1));
        e.id = fixedId(100 + i);
        e.date = QDate(2024, 2, 1).addDays(i * 7);
        e.hours = 2 + (i % 4) * 0.25;
        more << e;
    }
    if (auto added = EntryRepository(*j.db, j.clock).addMany(more); !added)
        qFatal("could not add entries: %s", qPrintable(added.error().message));
    if (standard == QLatin1String("gp"))
        makeGp(j);
    Portfolio p = build(j, standard);

    p.profile.employer = kAwkward;
    p.cpd << awkwardEntry(1, QStringLiteral("course"));
    Entry feedback = awkwardEntry(2, QStringLiteral("feedback"));
    feedback.feedbackSource = QStringLiteral("colleague");
    feedback.feedbackType = QStringLiteral("verbal");
    p.feedback << feedback;
    Entry account = awkwardEntry(3, QStringLiteral("peer-discussion"));
    account.reflection.remove(QStringLiteral("learned")); // an unanswered question
    p.accounts << account;
    Entry freeAccount = awkwardEntry(4, QStringLiteral("other"));
    freeAccount.templateId = QStringLiteral("free");
    freeAccount.reflection = {{QStringLiteral("text"), kAwkward}};
    p.accounts << freeAccount;

    PracticeHours hours;
    hours.from = QDate(2025, 4, 1);
    hours.organisation = kAwkward;
    hours.workSetting = QStringLiteral("community");
    hours.scope = QStringLiteral("management");
    hours.hours = 37.5;
    hours.registration = QStringLiteral("nurse");
    p.practiceHours << record(hours);

    ReflectiveDiscussion discussion;
    discussion.partnerName = kAwkward;
    discussion.date = QDate(2026, 1, 20);
    p.discussions << record(discussion); // the other fields empty

    Confirmation confirmation;
    confirmation.confirmerName = QStringLiteral("O'Brien & Partners <clinic>");
    p.confirmations << record(confirmation);

    Declaration character;
    character.kind = QStringLiteral("health-and-character");
    character.date = QDate(2026, 2, 2);
    Declaration indemnity;
    indemnity.kind = QStringLiteral("indemnity");
    indemnity.date = QDate(2026, 2, 3);
    indemnity.arrangement = QStringLiteral("professional-body");
    indemnity.provider = QStringLiteral("RCN \"Indemnity\" & co");
    p.declarations << record(character) << record(indemnity);

    p.evidence << Portfolio::EvidenceItem{QStringLiteral("web"),
                                          kAwkward,
                                          QStringLiteral("https://example.org/a?b=1&c=\"2\"&d=<3>"),
                                          kAwkward,
                                          {fixedId(1)},
                                          {kAwkward, QStringLiteral("Second entry")}};
    p.evidence << Portfolio::EvidenceItem{
        QStringLiteral("link"), QStringLiteral("No address"), QString(), QString(), {}, {}};

    PdpReview review;
    review.date = QDate(2025, 12, 1);
    review.summary = kAwkward;
    review.goals = {{kAwkward, QStringLiteral("Done & dusted")},
                    {QStringLiteral("Learn <audit>"), QString()}};
    PdpReview bare;
    bare.summary = QStringLiteral("No goals this year.");
    p.pdpReviews << record(review) << record(bare);

    for (Portfolio::SupportingGroup& g : p.supporting) {
        if (g.id == QLatin1String("significant-events"))
            g.entries << awkwardEntry(5, QStringLiteral("significant-event"));
    }
    return p;
}

// The demo journal of 80 entries (every activity and template, topics, links) under a profile of
// the standard's kind, with a practice-hours record.
Portfolio demo(const QString& standard)
{
    TestJournal j;
    Profile profile;
    profile.name = QStringLiteral("Demo Clinician");
    profile.professions = {QStringLiteral("nurse")};
    profile.nmcPin = QStringLiteral("12A3456B");
    profile.registrationExpiry = QDate(2026, 9, 30);
    if (!ProfileRepository(*j.db, j.clock).save(profile))
        qFatal("could not save the profile");
    DemoJournalGenerator generator(7, QDate(2026, 3, 1));
    if (auto added = EntryRepository(*j.db, j.clock).addMany(generator.generate(80)); !added)
        qFatal("could not add the demo entries: %s", qPrintable(added.error().message));
    PracticeHours hours;
    hours.from = QDate(2023, 10, 1);
    hours.to = QDate(2026, 3, 1);
    hours.organisation = QStringLiteral("Demo Surgery");
    hours.workSetting = QStringLiteral("gp-practice");
    hours.scope = QStringLiteral("direct-patient-care");
    hours.hours = 2600;
    hours.registration = QStringLiteral("nurse");
    if (!RecordRepository(*j.db, j.clock).add(record(hours)))
        qFatal("could not add practice hours");
    if (standard == QLatin1String("gp"))
        makeGp(j);
    return build(j, standard);
}

Portfolio fixture(const QString& standard)
{
    TestJournal j;
    fillNmcJournal(*j.db, j.clock);
    if (standard == QLatin1String("gp"))
        makeGp(j);
    return build(j, standard);
}

QString render(const Portfolio& p, ReportHtml::Target target)
{
    return ReportHtml::write(PortfolioReport::build(p, ReportLabels::builtIn()), target);
}

// The HTML between <body> and </body>.
QString body(const ReportDocument& document, ReportHtml::Target target = ReportHtml::Target::Pdf)
{
    const QString html = ReportHtml::write(document, target);
    const qsizetype start = html.indexOf(QStringLiteral("<body>\n")) + 7;
    return html.mid(start, html.indexOf(QStringLiteral("</body>")) - start);
}

ReportDocument of(const QList<ReportBlock>& blocks)
{
    return ReportDocument{QStringLiteral("Title"), QStringLiteral("Header"), blocks};
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void portfolioMatchesGolden_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("standard");
        QTest::addColumn<int>("target");
        for (const char* kind : {"fixture", "everything", "demo"}) {
            for (const char* standard : {"nmc", "gp"}) {
                for (const auto& [name, target] : {std::pair{"file", ReportHtml::Target::File},
                                                   std::pair{"pdf", ReportHtml::Target::Pdf}}) {
                    QTest::addRow("%s-%s-%s", kind, standard, name)
                        << QString::fromLatin1(kind) << QString::fromLatin1(standard)
                        << int(target);
                }
            }
        }
    }

    void portfolioMatchesGolden()
    {
        QFETCH(QString, kind);
        QFETCH(QString, standard);
        QFETCH(int, target);
        const Portfolio p = kind == QLatin1String("fixture")      ? fixture(standard)
                            : kind == QLatin1String("everything") ? everything(standard)
                                                                  : demo(standard);
        QCOMPARE(p.standard, standard);
        const QByteArray html = render(p, ReportHtml::Target(target)).toUtf8();
        QCOMPARE(QString::fromUtf8(html),
                 PortfolioHtml::render(p, ReportLabels::builtIn(), ReportHtml::Target(target)));
        const QString name =
            QStringLiteral("%1.html").arg(QString::fromLatin1(QTest::currentDataTag()));
        QFile golden(goldenDir() + QLatin1Char('/') + name);
        if (qEnvironmentVariableIsSet("CPD_UPDATE_GOLDEN")) {
            QVERIFY(QDir().mkpath(goldenDir()));
            QVERIFY(golden.open(QIODevice::WriteOnly));
            QCOMPARE(golden.write(html), html.size());
            QSKIP("golden file written");
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
        const QByteArray expected = golden.readAll();
        if (html != expected) {
            // Written beside the build for a diff against the golden file.
            const QString actual = QStringLiteral(CPD_BINARY_DIR "/tst_reporthtml-") + name;
            QFile out(actual);
            if (out.open(QIODevice::WriteOnly))
                out.write(html);
            qsizetype at = 0;
            while (at < html.size() && at < expected.size() && html.at(at) == expected.at(at))
                ++at;
            QFAIL(
                qPrintable(QStringLiteral("%1 differs from %2 at byte %3: \"%4\" instead of \"%5\"")
                               .arg(actual, golden.fileName())
                               .arg(at)
                               .arg(QString::fromUtf8(html.mid(at, 60)),
                                    QString::fromUtf8(expected.mid(at, 60)))));
        }
    }

    void escapesText()
    {
        ReportDocument d = of({report::paragraph(
            {report::plain(QStringLiteral("a & b < c > d \"e\" 'f'\nnext\u00A0line"))})});
        d.title = QStringLiteral("R&D <report>");
        d.header = QStringLiteral("Ann \"A\" · 2026");
        QCOMPARE(
            body(d),
            QStringLiteral("<p>a &amp; b &lt; c &gt; d &quot;e&quot; 'f'<br>next&nbsp;line</p>\n"));
        const QString file = ReportHtml::write(d, ReportHtml::Target::File);
        QVERIFY(file.contains(
            QStringLiteral("<title>R&amp;D &lt;report&gt; · Ann &quot;A&quot; · 2026</title>")));
        QVERIFY(file.contains(
            QStringLiteral("<p class=\"running\"><small>Ann &quot;A&quot; · 2026</small></p>")));
        QVERIFY(file.contains(QStringLiteral("@media print")));
        const QString pdf = ReportHtml::write(d, ReportHtml::Target::Pdf);
        QVERIFY(!pdf.contains(QStringLiteral("class=\"running\"")));
        QVERIFY(!pdf.contains(QStringLiteral("@media print")));
        d.header.clear();
        QVERIFY(ReportHtml::write(d, ReportHtml::Target::Pdf)
                    .contains(QStringLiteral("<title>R&amp;D &lt;report&gt;</title>")));
    }

    void runsAndLinks()
    {
        ReportRun both = report::bold(QStringLiteral("both"));
        both.italic = true;
        const ReportDocument d = of({report::paragraph(
            {report::bold(QStringLiteral("B")), report::plain(QStringLiteral(" then ")),
             report::italic(QStringLiteral("I")), both,
             report::link(QStringLiteral("a<b>"),
                          QStringLiteral("https://x.org/?a=1&b=\"2\"\n"))})});
        QCOMPARE(body(d),
                 QStringLiteral(
                     "<p><b>B</b> then <i>I</i><b><i>both</i></b>"
                     "<a href=\"https://x.org/?a=1&amp;b=&quot;2&quot;\n\">a&lt;b&gt;</a></p>\n"));
    }

    void blocks()
    {
        const ReportDocument d = of(
            {report::block(ReportBlock::Kind::Title, {report::plain(QStringLiteral("Pack"))}),
             report::heading(QStringLiteral("Log & hours")),
             report::heading(QStringLiteral("Log & hours"), true),
             report::block(ReportBlock::Kind::Subheading, {report::plain(QStringLiteral("Kind"))}),
             report::paragraph({}), report::paragraph({report::plain(QString())})});
        QCOMPARE(body(d),
                 QStringLiteral(
                     "<h1>Pack</h1>\n<h2>Log &amp; hours</h2>\n"
                     "<h2 style=\"page-break-before: always\">Log &amp; hours</h2>\n<h3>Kind</h3>\n"
                     "<p>&nbsp;</p>\n<p>&nbsp;</p>\n"));
    }

    void fieldsAndGridCells()
    {
        ReportTable fields = report::fields();
        fields.rows = {{ReportCell{{report::bold(QStringLiteral("Name"))}},
                        ReportCell{{report::plain(QStringLiteral("A & B"))}}},
                       {ReportCell{{report::bold(QStringLiteral("Signature"))}},
                        ReportCell{{report::plain(QString())}}},
                       {ReportCell{{report::bold(QStringLiteral("Nothing"))}}, ReportCell{}}};
        QCOMPARE(body(of({report::table(fields)})),
                 QStringLiteral(
                     "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"5\">\n"
                     "<tr><td><b>Name</b></td><td>A &amp; B</td></tr>\n"
                     "<tr><td><b>Signature</b></td><td>&nbsp;</td></tr>\n"
                     "<tr><td><b>Nothing</b></td><td>&nbsp;</td></tr>\n</table>\n"));

        ReportTable grid =
            report::grid({QStringLiteral("Date"), QStringLiteral("Hours <h>")}, {70});
        grid.rows = {{ReportCell{{report::plain(QStringLiteral("1 May"))}},
                      ReportCell{{report::plain(QStringLiteral("2"))}, true}},
                     {ReportCell{{report::bold(QStringLiteral("Total"))}},
                      ReportCell{{report::bold(QString())}, true}},
                     {ReportCell{}, ReportCell{{report::plain(QString())}}}};
        QCOMPARE(body(of({report::table(grid)})),
                 QStringLiteral(
                     "<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                     "cellpadding=\"4\">\n"
                     "<thead><tr><th width=\"70%\" align=\"left\" bgcolor=\"#e8eef4\">Date</th>"
                     "<th align=\"left\" bgcolor=\"#e8eef4\">Hours "
                     "&lt;h&gt;</th></tr></thead>\n<tbody>\n"
                     "<tr><td>1 May</td><td align=\"right\">2</td></tr>\n"
                     "<tr><td><b>Total</b></td><td align=\"right\"><b></b></td></tr>\n"
                     "<tr><td></td><td></td></tr>\n</tbody></table>\n"));
    }

    void longGridsSplitForThePdf_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("pdfTables");
        QTest::newRow("20") << 20 << 1;
        QTest::newRow("21") << 21 << 2;
        QTest::newRow("40") << 40 << 2;
        QTest::newRow("45") << 45 << 3;
    }

    void longGridsSplitForThePdf()
    {
        QFETCH(int, rows);
        QFETCH(int, pdfTables);
        ReportTable grid = report::grid({QStringLiteral("N")});
        for (int i = 1; i <= rows; ++i)
            grid.rows << QList<ReportCell>{
                ReportCell{{report::plain(QStringLiteral("row%1.").arg(i))}}};
        const ReportDocument d = of({report::table(grid)});
        const QString file = body(d, ReportHtml::Target::File);
        const QString pdf = body(d, ReportHtml::Target::Pdf);
        QCOMPARE(int(file.count(QStringLiteral("<table"))), 1);
        QCOMPARE(int(pdf.count(QStringLiteral("<table"))), pdfTables);
        QCOMPARE(int(pdf.count(QStringLiteral(
                     "<thead><tr><th align=\"left\" bgcolor=\"#e8eef4\">N</th></tr></thead>"))),
                 pdfTables);
        QCOMPARE(int(pdf.count(QStringLiteral("</tbody></table>"))), pdfTables);
        // Every row once, in order; each table but the last holds kRowsPerTable rows.
        const QStringList tables =
            pdf.split(QStringLiteral("</tbody></table>\n"), Qt::SkipEmptyParts);
        QCOMPARE(int(tables.size()), pdfTables);
        int next = 1;
        for (qsizetype t = 0; t < tables.size(); ++t) {
            const int inTable = int(tables.at(t).count(QStringLiteral("<tr><td>")));
            QCOMPARE(inTable, t + 1 < tables.size()
                                  ? ReportHtml::kRowsPerTable
                                  : rows - ReportHtml::kRowsPerTable * (pdfTables - 1));
            for (int i = 0; i < inTable; ++i, ++next)
                QVERIFY(
                    tables.at(t).contains(QStringLiteral("<tr><td>row%1.</td></tr>").arg(next)));
        }
        QCOMPARE(next, rows + 1);
        QCOMPARE(int(file.count(QStringLiteral("<tr><td>row"))), rows);
    }
};

QTEST_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
