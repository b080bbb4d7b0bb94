// Prints the time of a three-year NMC pack to PDF from a 300-entry journal (goal: under 2 s) by the
// export's path (the portfolio as a report document laid out directly by ReportPdfLayout), and for
// comparison a bare QTextDocument + QPdfWriter print of the same content as HTML.
//   ./build/tests/bench/bench_export_pdf [ENTRIES] [--runs N] [--json] [--html FILE] [--pdf FILE]
// --json prints one JSON object (make bench); --html writes the portfolio's HTML, the input of
// the LibreOffice floor that make bench times beside it; --pdf writes our PDF (to compare
// `pdftotext -layout` and the pages' images before and after a change to the PDF path);
// --no-floor leaves the bare print out (to profile our path alone).
#include "ExportService.h"
#include "PdfRenderer.h"
#include "PortfolioHtml.h"
#include "PortfolioReport.h"
#include "demo/DemoJournalGenerator.h"
#include "export/PortfolioBuilder.h"
#include "export/PrivacyGate.h"
#include "export/ReportLabels.h"
#include "journal/EntryRepository.h"
#include "pdf/ReportPdfLayout.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"
#include "standards/StandardRegistry.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include "BenchStats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <cstdio>

using namespace cpd;

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 300;
    const bool json = args.contains(QStringLiteral("--json"));
    const bool floorToo = !args.contains(QStringLiteral("--no-floor"));
    int runs = 1;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = std::max(1, args.at(i + 1).toInt());
    QTemporaryDir dir;
    const FixedClock clock(QDateTime(QDate(2026, 8, 1), QTime(9, 0), Qt::UTC));
    auto db = Database::open(dir.filePath(QStringLiteral("bench.cpdj")));
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    Profile profile;
    profile.name = QStringLiteral("Bench Nurse");
    profile.professions = {QStringLiteral("nurse")};
    profile.nmcPin = QStringLiteral("12A3456B");
    profile.registrationExpiry = QDate(2026, 9, 30);
    ProfileRepository(**db, clock).save(profile);
    DemoJournalGenerator generator(42, QDate(2026, 7, 31));
    if (auto ok = EntryRepository(**db, clock).addMany(generator.generate(count)); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    PracticeHours hours;
    hours.from = QDate(2023, 10, 1);
    hours.to = QDate(2026, 7, 31);
    hours.organisation = QStringLiteral("Bench Surgery");
    hours.workSetting = QStringLiteral("gp-practice");
    hours.scope = QStringLiteral("direct-patient-care");
    hours.hours = 3000;
    hours.registration = QStringLiteral("nurse");
    Record r;
    r.data = hours;
    RecordRepository(**db, clock).add(r);

    const StandardRegistry standards = StandardRegistry::withBuiltIns();
    const ReportLabels& labels = ReportLabels::builtIn();

    QElapsedTimer total;
    total.start();
    QElapsedTimer t;
    t.start();
    auto portfolio = PortfolioBuilder(**db, clock, standards).build({});
    if (!portfolio)
        qFatal("%s", qPrintable(portfolio.error().message));
    const qint64 assemble = t.restart();
    auto hits = PrivacyGate::check(**db, PrivacyGate::piecesOf(*portfolio));
    const qint64 gate = t.restart();
    const ReportDocument doc = PortfolioReport::build(*portfolio, labels);
    const qint64 model = t.restart();
    // As the export does it: laid out and written on two threads (ReportPdfLayout::write).
    auto written = ReportPdfLayout::write(doc, labels.text(QStringLiteral("common.page")));
    const qint64 layoutAndWrite = t.restart();
    const int pages = written ? written->pages : 0;
    const auto pdf = written ? Result<QByteArray>(written->pdf) : std::unexpected(written.error());
    const qint64 all = total.elapsed();

    const QString html = PortfolioHtml::render(*portfolio, labels, PortfolioHtml::Target::Pdf);
    t.restart();
    auto bare = floorToo ? PdfRenderer::barePrint(html) : Result<QByteArray>(QByteArray());
    const qint64 bareMs = t.elapsed();

    if (const qsizetype i = args.indexOf(QStringLiteral("--html")); i > 0 && i + 1 < args.size()) {
        QFile file(args.at(i + 1));
        if (!file.open(QIODevice::WriteOnly) || file.write(html.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(args.at(i + 1)));
    }
    if (const qsizetype i = args.indexOf(QStringLiteral("--pdf")); i > 0 && i + 1 < args.size()) {
        QFile file(args.at(i + 1));
        if (!pdf || !file.open(QIODevice::WriteOnly) || file.write(*pdf) < 0)
            qFatal("cannot write %s", qPrintable(args.at(i + 1)));
    }
    if (json) {
        // The whole export (assemble, privacy gate, model, layout and write) and the bare print, runs times each.
        QList<double> ours{double(all)};
        QList<double> floor{double(bareMs)};
        for (int r = 1; r < runs; ++r) {
            QElapsedTimer again;
            again.start();
            auto p = PortfolioBuilder(**db, clock, standards).build({});
            PrivacyGate::check(**db, PrivacyGate::piecesOf(*p));
            ReportPdfLayout::write(PortfolioReport::build(*p, labels), labels.text(QStringLiteral("common.page")));
            ours << double(again.elapsed());
            if (!floorToo)
                continue;
            const QString h = PortfolioHtml::render(*p, labels, PortfolioHtml::Target::Pdf);
            again.restart();
            PdfRenderer::barePrint(h);
            floor << double(again.elapsed());
        }
        QJsonObject out{{QStringLiteral("entries"), count},
                        {QStringLiteral("pages"), pages},
                        {QStringLiteral("pdf_bytes"), double(pdf ? pdf->size() : 0)},
                        {QStringLiteral("export_pdf"), bench::stats(ours)},
                        {QStringLiteral("bare_print"), bench::stats(floor)}};
        bench::print(out);
        return 0;
    }
    std::printf("NMC pack, %d entries (%lld in the period, %lld accounts), %d pages, %.1f MB\n", count,
                qint64(portfolio->cpd.size()), qint64(portfolio->accounts.size()), pages, pdf ? pdf->size() / 1e6 : 0.0);
    std::printf("  assemble %lld ms, gate %lld ms (%lld findings), model %lld ms, layout and write %lld ms (two threads)\n",
                assemble, gate, hits ? qint64(hits->size()) : -1LL, model, layoutAndWrite);
    std::printf("  total %lld ms (goal < 2000 ms)\n", all);
    std::printf("bare QTextDocument::print of the same HTML: %lld ms, %.1f MB\n", bareMs, bare ? bare->size() / 1e6 : 0.0);
    return all < 2000 ? 0 : 1;
}
