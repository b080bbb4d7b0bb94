#include "PdfFlow.h"

namespace cpd {

PdfFlow::PdfFlow(const QRectF& body) : m_body(body)
{
    m_pages.emplace_back();
}

std::vector<PdfPage> PdfFlow::takePages()
{
    return std::move(m_pages);
}

void PdfFlow::newPage()
{
    m_pages.emplace_back();
    m_y = 0;
    m_pageEmpty = true;
}

double PdfFlow::gapBefore(const PdfBlock& block) const
{
    // Margins collapse, as in the HTML: the larger of the one below and the one above.
    return m_pageEmpty ? 0 : qMax(m_lastMargin, block.marginTop);
}

void PdfFlow::add(const PdfBlock& block, const PdfBlock* next)
{
    if (block.pageBreakBefore && !m_pageEmpty)
        newPage();
    if (block.text)
        placeText(block, next);
    else
        placeTable(block);
    m_lastMargin = block.marginBottom;
}

void PdfFlow::placeText(const PdfBlock& block, const PdfBlock* next)
{
    const QTextLayout& layout = *block.text;
    const double height = m_body.height();
    double gap = gapBefore(block);
    if (block.isHeading() && !m_pageEmpty) {
        double needed = gap + PdfTypography::height(layout);
        if (next)
            needed += qMax(block.marginBottom, next->marginTop) + next->firstPieceHeight(height);
        if (m_y + needed > height) {
            newPage();
            gap = 0;
        }
    }
    const int count = layout.lineCount();
    PdfPage::Text piece;
    for (int i = 0; i < count; ++i) {
        const QTextLine line = layout.lineAt(i);
        // A heading's lines stay together; a paragraph breaks between lines.
        const double lineHeight =
            block.isHeading() && i == 0 ? PdfTypography::height(layout) : line.height();
        const bool breakHere =
            (i == 0 || !block.isHeading()) && !m_pageEmpty && m_y + gap + lineHeight > height;
        if (breakHere) {
            if (piece.lineCount > 0)
                page().text << piece;
            newPage();
            gap = 0;
            piece = {};
        }
        if (piece.lineCount == 0) {
            m_y += gap;
            gap = 0;
            piece = {&layout, i, 0, QPointF(m_body.left(), m_body.top() + m_y - line.y())};
        }
        ++piece.lineCount;
        m_y += line.height();
        m_pageEmpty = false;
    }
    if (piece.lineCount > 0)
        page().text << piece;
}

void PdfFlow::placeTable(const PdfBlock& table)
{
    if (table.edges.empty() || (!table.head && table.rows.empty()))
        return;
    const double height = m_body.height();
    const double headHeight = table.head ? table.head->height : 0;
    double gap = gapBefore(table);
    // The heading row goes with the first row (or its first lines).
    if (!m_pageEmpty && m_y + gap + table.firstPieceHeight(height) > height) {
        newPage();
        gap = 0;
    }
    m_y += gap;
    openBorders();
    if (table.head)
        placeRow(table, *table.head, true);
    for (const PdfRow& row : table.rows) {
        if (m_y + row.height <= height) {
            placeRow(table, row, false);
        } else if (headHeight + row.height <= height) {
            continueTable(table);
            placeRow(table, row, false);
        } else {
            splitRow(table, row);
        }
    }
    closeBorders(table);
}

void PdfFlow::continueTable(const PdfBlock& table)
{
    closeBorders(table);
    newPage();
    openBorders();
    if (table.head)
        placeRow(table, *table.head, true);
}

void PdfFlow::placeRow(const PdfBlock& table, const PdfRow& row, bool shaded)
{
    const double top = m_body.top() + m_y;
    if (shaded)
        page().shades << QRectF(m_body.left(), top, m_body.width(), row.height);
    for (const PdfRow::Cell& cell : row.cells)
        page().text << PdfPage::Text{cell.layout.get(), 0, cell.layout->lineCount(),
                                     QPointF(m_body.left() + cell.x, top + table.textTop)};
    m_y += row.height;
    m_pageEmpty = false;
    page().rules << QLineF(m_body.left(), m_body.top() + m_y, m_body.right(), m_body.top() + m_y);
}

void PdfFlow::splitRow(const PdfBlock& table, const PdfRow& row)
{
    // A row taller than a page: each cell's lines run on down the next page, under the heading row.
    const double height = m_body.height();
    const double chrome = row.chrome;
    std::vector<int> next(row.cells.size(), 0);
    const double headHeight = table.head ? table.head->height : 0;
    for (;;) {
        const bool fresh = m_y <= headHeight; // only the heading row on this page so far
        const double room = height - m_y - chrome;
        bool fits = false;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const QTextLayout& l = *row.cells[c].layout;
            fits = fits || (next[c] < l.lineCount() && l.lineAt(next[c]).height() <= room);
        }
        if (!fits && !fresh) {
            continueTable(table);
            continue;
        }
        const double top = m_body.top() + m_y;
        double used = 0;
        bool done = true;
        for (std::size_t c = 0; c < row.cells.size(); ++c) {
            const QTextLayout& l = *row.cells[c].layout;
            const int first = next[c];
            double h = 0;
            // On a fresh page at least one line goes, even one taller than the page.
            while (next[c] < l.lineCount() &&
                   (h + l.lineAt(next[c]).height() <= room || (fresh && next[c] == first))) {
                h += l.lineAt(next[c]).height();
                ++next[c];
            }
            if (next[c] > first) {
                page().text << PdfPage::Text{&l, first, next[c] - first,
                                             QPointF(m_body.left() + row.cells[c].x,
                                                     top + table.textTop - l.lineAt(first).y())};
            }
            used = qMax(used, h);
            done = done && next[c] == l.lineCount();
        }
        m_y += used + chrome;
        m_pageEmpty = false;
        page().rules << QLineF(m_body.left(), m_body.top() + m_y, m_body.right(),
                               m_body.top() + m_y);
        if (done)
            return;
        continueTable(table);
    }
}

void PdfFlow::openBorders()
{
    m_bordersTop = m_y;
    page().rules << QLineF(m_body.left(), m_body.top() + m_y, m_body.right(), m_body.top() + m_y);
}

void PdfFlow::closeBorders(const PdfBlock& table)
{
    const double top = m_body.top() + m_bordersTop;
    const double bottom = m_body.top() + m_y;
    if (bottom <= top)
        return;
    for (double edge : table.edges)
        page().rules << QLineF(m_body.left() + edge, top, m_body.left() + edge, bottom);
}

} // namespace cpd
