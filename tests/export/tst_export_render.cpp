// Portfolio assembly and rendering: what the NMC and GP packs contain, the CSV's quoting, PDF
// pagination and preview images, and the confidentiality gate in front of every format.
#include "ExportFixture.h"
#include "ExportService.h"
#include "PdfRenderer.h"
#include "PortfolioHtml.h"
#include "TestJournal.h"
#include "export/CpdLogCsv.h"
#include "export/PortfolioBuilder.h"
#include "export/ReportLabels.h"
#include "standards/StandardRegistry.h"

#include <QTest>
#include <QTextDocument>

using namespace cpd;
using namespace cpd::test;

class TestRender : public QObject
{
    Q_OBJECT

private:
    static Portfolio build(TestJournal& j, const PortfolioOptions& options = {})
    {
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        auto p = PortfolioBuilder(*j.db, j.clock, standards).build(options);
        if (!p)
            qFatal("build failed: %s", qPrintable(p.error().message));
        return *p;
    }

private slots:
    void nmcPortfolioHoldsTheJournal()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const Portfolio p = build(j);
        QCOMPARE(p.period, (DateRange{QDate(2023, 10, 1), QDate(2026, 9, 30)}));
        QCOMPARE(p.cpd.size(), 8); // not the trashed one
        QCOMPARE(p.cpd.first().date, QDate(2024, 1, 10));
        QCOMPARE(p.accounts.size(), 5);
        QCOMPARE(p.feedback.size(), 1);
        QCOMPARE(p.cpdHours, 6 * 3.5 + 2.25);
        QCOMPARE(p.participatoryHours, 9.0);
        QCOMPARE(p.practiceHours.size(), 1);
        QCOMPARE(p.discussions.size(), 1);
        QCOMPARE(p.confirmations.size(), 1);
        QStringList kinds;
        for (const auto& item : p.evidence)
            kinds << item.kind;
        QVERIFY(kinds.contains(QStringLiteral("guideline")));
        QVERIFY(kinds.contains(QStringLiteral("case")));
        QVERIFY(kinds.contains(QStringLiteral("social")));

        PortfolioOptions chosen;
        chosen.accounts = {fixedId(6), fixedId(2)};
        QCOMPARE(build(j, chosen).accounts.first().id, fixedId(6));
        PortfolioOptions narrow;
        narrow.from = QDate(2025, 1, 1);
        narrow.to = QDate(2025, 12, 31);
        QCOMPARE(build(j, narrow).cpd.size(), 5); // three accounts, the feedback and the e-learning
    }

    void htmlHasTheFormsWording()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const ReportLabels& labels = ReportLabels::builtIn();
        const QString html = PortfolioHtml::render(build(j), labels, PortfolioHtml::Target::File);
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        const QStringList questions = labels.list(QStringLiteral("nmc.account.questions"));
        QCOMPARE(questions.size(), 4);
        for (const QString& q : questions)
            QVERIFY2(text.contains(q), qPrintable(q));
        QVERIFY(questions.at(3).contains(QStringLiteral("Prioritise people – Practise effectively – Preserve safety – Promote professionalism and trust")));
        for (const QString& column : labels.list(QStringLiteral("nmc.cpd.columns")))
            QVERIFY2(text.contains(column), qPrintable(column));
        QVERIFY(text.contains(QStringLiteral("Morwenna Tregarthen")));
        QVERIFY(text.contains(QStringLiteral("12A3456B")));
        QVERIFY(text.contains(QStringLiteral("1 September 2026"))); // application date
        QVERIFY(text.contains(QStringLiteral("23.25")) || text.contains(QStringLiteral("23.3")));
        QVERIFY(text.contains(QStringLiteral("☒ Preserve safety")));
        QVERIFY(text.contains(QStringLiteral("☐ Prioritise people")));
        QVERIFY(text.contains(QStringLiteral("https://www.nice.org.uk/guidance/ng245")));
        QVERIFY(text.contains(QStringLiteral("Reflective discussion form")));
        QVERIFY(text.contains(QStringLiteral("Confirmation form")));
        QVERIFY(text.contains(QStringLiteral("All Our Health")));
        QVERIFY(html.contains(QStringLiteral("lang=\"en-GB\"")));
        QCOMPARE(html.count(QStringLiteral("Written reflective account</h2>")), 5);
    }

    void gpPortfolio()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        Profile profile = *ProfileRepository(*j.db, j.clock).load().value();
        profile.professions = {QStringLiteral("gp")};
        profile.gmcNumber = QStringLiteral("7654321");
        profile.nextAppraisalDate = QDate(2026, 6, 1);
        QVERIFY(ProfileRepository(*j.db, j.clock).save(profile));
        PortfolioOptions gp;
        gp.standard = QStringLiteral("gp");
        const Portfolio p = build(j, gp);
        QCOMPARE(p.supporting.size(), 6);
        QCOMPARE(p.domains.size(), 4);
        QTextDocument doc;
        doc.setHtml(PortfolioHtml::render(p, ReportLabels::builtIn(), PortfolioHtml::Target::File));
        const QString text = doc.toPlainText();
        for (const char* s : {"GP appraisal portfolio", "Summary for the appraiser", "Quality improvement activity",
                              "Review of complaints and compliments", "Knowledge, skills and development",
                              "Colleagues, culture and safety", "Review of last year's personal development plan", "7654321"})
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    }

    void csvQuotesAndTotals()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const QByteArray csv = CpdLogCsv::write(build(j));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 8 + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Date,End date,Method,Topic and how it relates to practice,Link to the Code")));
        QVERIFY(text.contains(QStringLiteral("\"Thank-you card from a carer, with commas, \"\"quotes\"\"\"")));
        QVERIFY(text.contains(QStringLiteral("Diabetes foot checks — e-learning")));
        QCOMPARE(lines.last(), QStringLiteral("Total,,,,,23.25,9,23.25,"));
        QCOMPARE(CpdLogCsv::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
    }

    void longTablesGoToThePdfInShortTables()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        QList<Entry> more;
        for (int i = 0; i < 45; ++i) {
            Entry e = TestJournal::sampleEntry(QStringLiteral("Course W%1X").arg(i + 1));
            e.id = fixedId(100 + i);
            e.date = QDate(2024, 2, 1).addDays(i * 7);
            more << e;
        }
        QVERIFY(EntryRepository(*j.db, j.clock).addMany(more));
        const Portfolio p = build(j);
        const ReportLabels& labels = ReportLabels::builtIn();
        const QString file = PortfolioHtml::render(p, labels, PortfolioHtml::Target::File);
        const QString pdf = PortfolioHtml::render(p, labels, PortfolioHtml::Target::Pdf);
        // The CPD log (53 rows) is one table in the HTML file and three of at most 20 rows, each
        // with the column headings, for the PDF; no row is lost or repeated.
        const QString cpdHeading = labels.list(QStringLiteral("nmc.cpd.columns")).at(2).toHtmlEscaped();
        const auto count = [](const QString& html, const QString& what) { return int(html.count(what)); };
        const QString headingCell = QStringLiteral("bgcolor=\"#e8eef4\">%1</th>").arg(cpdHeading);
        QCOMPARE(count(file, headingCell), 1);
        QCOMPARE(count(pdf, headingCell), 3);
        const auto bodyRows = [&](const QString& html) {
            return count(html, QStringLiteral("<tr>")) - count(html, QStringLiteral("<thead><tr>"));
        };
        QCOMPARE(bodyRows(pdf), bodyRows(file));
        for (int i = 1; i <= 45; ++i) {
            const QString title = QStringLiteral("W%1X").arg(i);
            QVERIFY2(count(file, title) > 0, qPrintable(title));
            QCOMPARE(count(pdf, title), count(file, title));
        }
    }

    void pdfPagesAndPreview()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const Portfolio p = build(j);
        const ReportLabels& labels = ReportLabels::builtIn();
        PdfRenderer renderer(PortfolioHtml::render(p, labels, PortfolioHtml::Target::Pdf), PortfolioHtml::header(p, labels),
                             labels.text(QStringLiteral("common.page")), QStringLiteral("test"));
        // cover+summary, practice hours, CPD log, feedback, 5 accounts, discussion, confirmation, evidence, AOH.
        QVERIFY2(renderer.pageCount() >= 13, qPrintable(QString::number(renderer.pageCount())));
        const QImage page = renderer.pageImage(0, 400);
        QCOMPARE(page.width(), 400);
        QCOMPARE(page.height(), qRound(400 * 297.0 / 210.0));
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 128;
        QVERIFY2(dark > 200, "the preview is blank");
        auto pdf = renderer.pdf();
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF-"));
        int calls = 0;
        auto cancelled = renderer.pdf([&](int, int) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(calls, 3);
    }

    void gateRefusesEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ExportService::Format::Pdf);
        QTest::newRow("html") << int(ExportService::Format::Html);
        QTest::newRow("json") << int(ExportService::Format::Json);
    }

    void gateRefusesEveryFormat()
    {
        QFETCH(int, format);
        TestJournal j;
        fillNmcJournal(*j.db, j.clock, true);
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        ExportService service(*j.db, j.clock, standards);
        ExportService::Request request;
        request.format = ExportService::Format(format);
        auto refused = service.render(request);
        QVERIFY2(refused, refused ? "" : qPrintable(refused.error().message));
        QVERIFY(refused->bytes.isEmpty());
        QStringList kinds;
        for (const PrivacyGate::Hit& h : std::as_const(refused->findings)) {
            QCOMPARE(h.sourceId, fixedId(21));
            kinds << h.finding.kind;
        }
        QVERIFY2(kinds.contains(QStringLiteral("person_name")) && kinds.contains(QStringLiteral("nhs_number")),
                 qPrintable(kinds.join(QLatin1Char(','))));
        request.allowIdentifiers = true;
        auto allowed = service.render(request);
        QVERIFY(allowed);
        QVERIFY(allowed->findings.isEmpty());
        QVERIFY(!allowed->bytes.isEmpty());
    }

    void cleanJournalPassesTheGate()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        ExportService::Request request;
        request.format = ExportService::Format::Html;
        auto done = ExportService(*j.db, j.clock, standards).render(request);
        QVERIFY(done);
        QVERIFY2(done->findings.isEmpty(), done->findings.isEmpty() ? "" : qPrintable(PrivacyGate::describe(done->findings.first())));
    }
};

QTEST_MAIN(TestRender)
#include "tst_export_render.moc"
