#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

// A report (a revalidation portfolio, later the team report) as a small tree of blocks: what the
// HTML file and the PDF both show, without either's layout. The HTML writer (ReportHtml) turns it
// into the HTML subset the export has always written; the PDF layout (ReportPdfLayout) lays it
// out on A4 pages directly with QTextLayout, which is an order of magnitude faster than parsing
// HTML into a QTextDocument and paginating that (docs/performance.md).

// A stretch of text in one style. '\n' in text is a line break.
struct ReportRun
{
    QString text;
    bool bold = false;
    bool italic = false;
    QString href; // a link when not empty (shown as text, clickable in the PDF and the HTML)
};

// A paragraph's or a cell's content: runs in order.
using ReportText = QList<ReportRun>;

struct ReportCell
{
    ReportText text;
    bool alignRight = false;
};

struct ReportTable
{
    // Grid: a table with a shaded heading row repeated on every page it runs over (cell
    // padding 4 px in the HTML). Fields: label/value rows without headings (padding 5 px).
    enum class Style { Grid, Fields };
    Style style = Style::Grid;
    QStringList headings;   // Grid: one per column
    QList<int> widths;      // per column, percent of the body width; empty: shared equally
    QList<QList<ReportCell>> rows;
};

struct ReportBlock
{
    // Title: the document's one main heading (h1). Heading: a section (h2). Subheading: h3.
    // Paragraph: text; an empty paragraph is a blank line. Table: `table`.
    enum class Kind { Title, Heading, Subheading, Paragraph, Table };
    Kind kind = Kind::Paragraph;
    bool pageBreakBefore = false; // Heading: the section starts a new page
    ReportText text;              // everything but Table
    ReportTable table;            // Table
};

struct ReportDocument
{
    QString title;  // the document's title (the HTML <title>, the PDF's metadata)
    QString header; // the running header on every page ("Name · period")
    QList<ReportBlock> blocks;
};

// Small builders, so writers read like the document they make.
namespace report {
inline ReportRun plain(const QString& text) { return ReportRun{text, false, false, {}}; }
inline ReportRun bold(const QString& text) { return ReportRun{text, true, false, {}}; }
inline ReportRun italic(const QString& text) { return ReportRun{text, false, true, {}}; }
inline ReportRun link(const QString& text, const QString& href) { return ReportRun{text, false, false, href}; }

inline ReportBlock block(ReportBlock::Kind kind, const ReportText& text, bool pageBreakBefore = false)
{
    ReportBlock b;
    b.kind = kind;
    b.pageBreakBefore = pageBreakBefore;
    b.text = text;
    return b;
}
inline ReportBlock paragraph(const ReportText& text) { return block(ReportBlock::Kind::Paragraph, text); }
inline ReportBlock heading(const QString& text, bool pageBreakBefore = false)
{
    return block(ReportBlock::Kind::Heading, {plain(text)}, pageBreakBefore);
}
inline ReportTable grid(const QStringList& headings, const QList<int>& widths = {})
{
    return ReportTable{ReportTable::Style::Grid, headings, widths, {}};
}
inline ReportTable fields() { return ReportTable{ReportTable::Style::Fields, {}, {}, {}}; }
inline ReportBlock table(const ReportTable& table)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = table;
    return b;
}
} // namespace report

} // namespace cpd
