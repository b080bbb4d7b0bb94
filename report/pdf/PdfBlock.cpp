#include "PdfBlock.h"

#include "PdfPage.h"
#include "PdfPageSetup.h"

#include <numeric>

namespace cpd {
namespace {

// CSS pixels (1/96 inch), the unit of the HTML's spacing, in device pixels.
constexpr double px(double v)
{
    return v * PdfPageSetup::kResolution / 96.0;
}

PdfTypography::Style styleOf(ReportBlock::Kind kind)
{
    switch (kind) {
    case ReportBlock::Kind::Title:
        return PdfTypography::Style::Title;
    case ReportBlock::Kind::Heading:
        return PdfTypography::Style::Heading;
    case ReportBlock::Kind::Subheading:
        return PdfTypography::Style::Subheading;
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Table:
        break;
    }
    return PdfTypography::Style::Body;
}

// Column edges from the percentages of the body width (missing or zero widths share what is left
// equally; a total over 100 is scaled down). A column narrower than least (its heading's longest
// word) takes the difference from the columns with room to spare, as the HTML table's does.
std::vector<double> columnEdges(const ReportTable& table, int columns, double width,
                                const std::vector<double>& least)
{
    std::vector<double> share(std::size_t(columns), 0);
    double given = 0;
    int unset = 0;
    for (int i = 0; i < columns; ++i) {
        share[std::size_t(i)] = i < table.widths.size() ? qMax(0, table.widths.at(i)) : 0;
        given += share[std::size_t(i)];
        unset += share[std::size_t(i)] == 0;
    }
    if (unset > 0) {
        const double each = given < 100 ? (100 - given) / unset : qMax(1.0, given / columns);
        for (double& s : share)
            s = s == 0 ? each : s;
        given = std::accumulate(share.begin(), share.end(), 0.0);
    }
    std::vector<double> edges{0};
    for (int i = 0; i < columns; ++i)
        share[std::size_t(i)] = width * share[std::size_t(i)] / given;
    // Narrow columns grow to their least, and what they gain comes from the roomiest column first
    // (the free-text one), leaving the other narrow columns of dates and short words alone.
    double deficit = 0;
    for (int i = 0; i < columns; ++i) {
        double& w = share[std::size_t(i)];
        deficit += qMax(0.0, least[std::size_t(i)] - w);
        w = qMax(w, least[std::size_t(i)]);
    }
    while (deficit > 0.01) {
        std::size_t roomiest = 0;
        for (std::size_t i = 1; i < share.size(); ++i) {
            if (share[i] - least[i] > share[roomiest] - least[roomiest])
                roomiest = i;
        }
        const double taken = qMin(deficit, share[roomiest] - least[roomiest]);
        if (taken <= 0)
            break;
        share[roomiest] -= taken;
        deficit -= taken;
    }
    const double total = std::accumulate(share.begin(), share.end(),
                                         0.0); // over width only if the headings cannot fit
    for (double w : share)
        edges.push_back(edges.back() + w * qMin(1.0, width / total));
    edges.back() = width;
    return edges;
}

} // namespace

PdfBlock PdfBlock::measure(const ReportBlock& block, const PdfTypography& type, double width)
{
    PdfBlock out;
    out.kind = block.kind;
    out.pageBreakBefore = block.pageBreakBefore;
    switch (block.kind) {
    case ReportBlock::Kind::Title:
        out.marginTop = px(18);
        out.marginBottom = px(12);
        break;
    case ReportBlock::Kind::Heading:
    case ReportBlock::Kind::Paragraph:
        out.marginTop = px(12);
        out.marginBottom = px(12);
        break;
    case ReportBlock::Kind::Subheading:
        out.marginTop = px(14);
        out.marginBottom = px(12);
        break;
    case ReportBlock::Kind::Table:
        out.marginTop = px(2);
        out.marginBottom = px(8);
        break;
    }
    if (block.kind != ReportBlock::Kind::Table) {
        out.text = type.layout(block.text, styleOf(block.kind), width);
        return out;
    }

    const ReportTable& table = block.table;
    int columns = int(table.headings.size());
    for (const QList<ReportCell>& row : table.rows)
        columns = qMax(columns, int(row.size()));
    if (columns == 0)
        return out;
    const double border = PdfPageSetup::pt(PdfPage::kRuleWidthPt);
    const double padding = px(table.style == ReportTable::Style::Grid ? 4 : 5);
    const bool headed = table.style == ReportTable::Style::Grid && !table.headings.isEmpty();
    std::vector<double> least(std::size_t(columns), 0);
    if (headed) {
        for (int c = 0; c < table.headings.size(); ++c) {
            for (const QString& word :
                 table.headings.at(c).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                least[std::size_t(c)] =
                    qMax(least[std::size_t(c)], type.advance(word, PdfTypography::Style::BodyBold) +
                                                    2 * padding + border + 2);
        }
    }
    out.edges = columnEdges(table, columns, width, least);
    out.textTop = border / 2 + padding;
    const auto measureRow = [&](int count, auto&& cellAt) {
        PdfRow row;
        row.cells.reserve(std::size_t(count));
        double tallest = 0;
        double firstLine = 0;
        for (int c = 0; c < count; ++c) {
            const double left = out.edges[std::size_t(c)] + border / 2 + padding;
            const double textWidth =
                qMax(1.0, out.edges[std::size_t(c) + 1] - out.edges[std::size_t(c)] - border -
                              2 * padding);
            PdfRow::Cell cell{cellAt(c, textWidth), left};
            tallest = qMax(tallest, PdfTypography::height(*cell.layout));
            firstLine = qMax(firstLine, PdfTypography::height(*cell.layout, 0, 1));
            row.cells.push_back(std::move(cell));
        }
        row.chrome = 2 * padding + border;
        row.height = tallest + row.chrome;
        row.firstLines = firstLine + row.chrome;
        return row;
    };
    if (headed) {
        out.head = measureRow(columns, [&](int c, double w) {
            return type.cell({report::plain(table.headings.value(c))},
                             PdfTypography::Style::BodyBold, w);
        });
    }
    out.rows.reserve(std::size_t(table.rows.size()));
    for (const QList<ReportCell>& cells : table.rows) {
        out.rows.push_back(measureRow(columns, [&](int c, double w) {
            const ReportCell cell = cells.value(c);
            return type.cell(cell.text, PdfTypography::Style::Body, w,
                             cell.alignRight ? Qt::AlignRight : Qt::AlignLeft);
        }));
    }
    return out;
}

bool PdfBlock::isHeading() const
{
    return kind == ReportBlock::Kind::Title || kind == ReportBlock::Kind::Heading ||
           kind == ReportBlock::Kind::Subheading;
}

double PdfBlock::firstPieceHeight(double pageHeight) const
{
    if (text)
        return isHeading() ? PdfTypography::height(*text) : PdfTypography::height(*text, 0, 1);
    const double h = head ? head->height : 0;
    return rows.empty() ? h : h + rows.front().leastOnAPage(pageHeight - h);
}

} // namespace cpd
