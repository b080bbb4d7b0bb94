#include "ExportService.h"

#include "PortfolioHtml.h"
#include "PortfolioReport.h"
#include "pdf/ReportPdfLayout.h"
#include "export/CpdLogCsv.h"
#include "export/JournalJson.h"
#include "export/Portfolio.h"
#include "export/PortfolioBuilder.h"
#include "export/ReportLabels.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

namespace cpd {

ExportService::ExportService(Database& db, const Clock& clock, const StandardRegistry& standards)
    : m_db(db), m_clock(clock), m_standards(standards)
{
}

Result<ExportService::Format> ExportService::parseFormat(const QString& name)
{
    if (name == QLatin1String("pdf"))
        return Format::Pdf;
    if (name == QLatin1String("html"))
        return Format::Html;
    if (name == QLatin1String("csv"))
        return Format::Csv;
    if (name == QLatin1String("json"))
        return Format::Json;
    return fail(QCoreApplication::translate("ExportService", "unknown format \"%1\"; use pdf, html, csv or json").arg(name));
}

QString ExportService::suffix(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Csv: return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

Result<ExportService::Rendered> ExportService::render(const Request& request, const Progress& progress,
                                                      const std::atomic_bool* cancel) const
{
    auto cancelled = [&] { return cancel && cancel->load(); };
    auto step = [&](int done, int total, const QString& what) {
        if (progress)
            progress(done, total, what);
    };
    Rendered out;
    const int steps = request.format == Format::Pdf ? 4 : 3;

    if (request.format == Format::Json) {
        step(0, steps, QCoreApplication::translate("ExportService", "Reading the journal"));
        // Written a page of entries at a time; each page goes through the gate before it is written.
        QList<PrivacyGate::Hit> hits;
        auto gate = [&](const auto& piecesOf) -> Status {
            if (cancelled())
                return fail(QCoreApplication::translate("ExportService", "Cancelled."));
            if (request.allowIdentifiers)
                return {};
            auto found = PrivacyGate::check(m_db, piecesOf());
            if (!found)
                return std::unexpected(found.error());
            hits += *found;
            return {};
        };
        auto text = JournalJson::exportText(
            m_db, [&](const QList<Entry>& page) { return gate([&] { return PrivacyGate::piecesOfEntries(page); }); },
            [&](const QJsonObject& rest) { return gate([&] { return PrivacyGate::piecesOfJournal(rest); }); });
        if (!text)
            return std::unexpected(text.error());
        step(1, steps, QCoreApplication::translate("ExportService", "Checking for identifiers"));
        if (!hits.isEmpty()) {
            out.findings = hits;
            return out;
        }
        step(2, steps, QCoreApplication::translate("ExportService", "Writing"));
        out.bytes = std::move(*text);
        step(steps, steps, QCoreApplication::translate("ExportService", "Done"));
        return out;
    }

    step(0, steps, QCoreApplication::translate("ExportService", "Assembling the portfolio"));
    auto portfolio = PortfolioBuilder(m_db, m_clock, m_standards).build(request.portfolio);
    if (!portfolio)
        return std::unexpected(portfolio.error());
    if (cancelled())
        return fail(QCoreApplication::translate("ExportService", "Cancelled."));
    step(1, steps, QCoreApplication::translate("ExportService", "Checking for identifiers"));
    if (!request.allowIdentifiers) {
        auto hits = gate(request, *portfolio);
        if (!hits)
            return std::unexpected(hits.error());
        if (!hits->isEmpty()) {
            out.findings = *hits;
            return out;
        }
    }
    if (cancelled())
        return fail(QCoreApplication::translate("ExportService", "Cancelled."));
    const ReportLabels& labels = ReportLabels::builtIn();
    step(2, steps, QCoreApplication::translate("ExportService", "Rendering"));
    switch (request.format) {
    case Format::Csv:
        out.bytes = CpdLogCsv::write(*portfolio);
        break;
    case Format::Html:
        out.bytes = PortfolioHtml::render(*portfolio, labels, PortfolioHtml::Target::File).toUtf8();
        break;
    case Format::Pdf: {
        ReportDocument doc = PortfolioReport::build(*portfolio, labels);
        doc.title += QStringLiteral(" · ") + portfolio->profile.name; // the file's metadata names whose pack it is
        auto pdf = ReportPdfLayout::write(doc, labels.text(QStringLiteral("common.page")), [&](int page, int count) {
            if (page == 0) // the count is known once the pages are laid out
                step(3, steps, QCoreApplication::translate("ExportService", "Writing %n page(s)", nullptr, count));
            return !cancelled();
        });
        if (!pdf)
            return std::unexpected(pdf.error());
        out.pages = pdf->pages;
        out.bytes = pdf->pdf;
        break;
    }
    case Format::Json:
        break;
    }
    step(steps, steps, QCoreApplication::translate("ExportService", "Done"));
    return out;
}

Result<QList<PrivacyGate::Hit>> ExportService::gate(const Request& request, const Portfolio& portfolio) const
{
    QList<PrivacyGate::Piece> pieces;
    if (request.format == Format::Csv) {
        for (const Entry& e : std::as_const(portfolio.cpd))
            pieces << PrivacyGate::Piece{e.id, e.title, e.title};
    } else {
        pieces = PrivacyGate::piecesOf(portfolio);
    }
    return PrivacyGate::check(m_db, pieces);
}

Result<ExportService::Preview> ExportService::preview(const Request& request, int maxPages, int widthPx,
                                                      const Progress& progress, const std::atomic_bool* cancel) const
{
    auto cancelled = [&] { return cancel && cancel->load(); };
    Preview out;
    if (progress)
        progress(0, 3, QCoreApplication::translate("ExportService", "Assembling the portfolio"));
    auto portfolio = PortfolioBuilder(m_db, m_clock, m_standards).build(request.portfolio);
    if (!portfolio)
        return std::unexpected(portfolio.error());
    if (!request.allowIdentifiers) {
        if (progress)
            progress(1, 3, QCoreApplication::translate("ExportService", "Checking for identifiers"));
        auto hits = gate(request, *portfolio);
        if (!hits)
            return std::unexpected(hits.error());
        out.findings = *hits;
        if (!hits->isEmpty())
            return out;
    }
    if (cancelled())
        return fail(QCoreApplication::translate("ExportService", "Cancelled."));
    if (progress)
        progress(2, 3, QCoreApplication::translate("ExportService", "Laying out the pages"));
    const ReportLabels& labels = ReportLabels::builtIn();
    const ReportPdfLayout renderer(PortfolioReport::build(*portfolio, labels), labels.text(QStringLiteral("common.page")));
    out.pageCount = renderer.pageCount();
    const int n = qMin(maxPages, out.pageCount);
    for (int i = 0; i < n; ++i) {
        if (cancelled())
            return fail(QCoreApplication::translate("ExportService", "Cancelled."));
        out.pages << renderer.pageImage(i, widthPx);
    }
    if (progress)
        progress(3, 3, QCoreApplication::translate("ExportService", "Done"));
    return out;
}

Status ExportService::save(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("ExportService", "Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(QCoreApplication::translate("ExportService", "Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cpd
