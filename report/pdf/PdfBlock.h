#pragma once

#include "PdfTypography.h"
#include "document/ReportDocument.h"

#include <QTextLayout>

#include <memory>
#include <optional>
#include <vector>

namespace cpd {

// A table row measured for the page: each cell's text laid out in its column.
struct PdfRow
{
    struct Cell
    {
        std::shared_ptr<const QTextLayout> layout; // may be shared with cells of the same text
        double x = 0; // the text's left edge from the table's left edge
    };
    std::vector<Cell> cells;
    double height = 0; // text, padding and border
    double chrome = 0; // padding and border alone
    double firstLines =
        0; // the cells' first lines with padding and border: the least of a split row

    // The least of the row that may go at the foot of a page: all of it, or when it is taller than
    // a page (pageHeight), its first lines.
    double leastOnAPage(double pageHeight) const
    {
        return height <= pageHeight ? height : firstLines;
    }
};

// One block of a ReportDocument measured on the page body: its text laid out in lines (headings,
// paragraphs) or its table's rows laid out cell by cell, with the spacing around it. Measured
// once; PdfFlow decides the pages and the pages draw these same layouts.
class PdfBlock
{
public:
    static PdfBlock measure(const ReportBlock& block, const PdfTypography& type, double width);

    bool isHeading() const;
    // The least that must go on a page with a heading before it: a first line, or a table's heading
    // row and its first row (or that row's first lines when it is taller than a page).
    double firstPieceHeight(double pageHeight) const;

    ReportBlock::Kind kind = ReportBlock::Kind::Paragraph;
    bool pageBreakBefore = false;
    double marginTop = 0;
    double marginBottom = 0;

    std::unique_ptr<QTextLayout> text; // all but tables

    // Tables: column edges from the table's left (columns + 1 of them, the last the body width),
    // the optional shaded heading row and the rows; a cell's text starts textTop below its row's
    // top.
    std::vector<double> edges;
    double textTop = 0;
    std::optional<PdfRow> head;
    std::vector<PdfRow> rows;
};

} // namespace cpd
