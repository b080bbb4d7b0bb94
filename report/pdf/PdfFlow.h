#pragma once

#include "PdfBlock.h"
#include "PdfPage.h"

#include <QRectF>

#include <vector>

namespace cpd {

// Decides the pages: flows measured blocks down the page body and onto new pages. Paragraphs break
// between lines; a table's rows are never split unless a row is taller than a page (then its
// cells break between lines), and its heading row is repeated at the top of each page it runs
// onto; a heading with pageBreakBefore starts a page, and no heading is left at the foot of a page
// without the first line or row of what follows it.
class PdfFlow
{
public:
    explicit PdfFlow(const QRectF& body);

    // next: the block after this one (keeps a heading with it), or null.
    void add(const PdfBlock& block, const PdfBlock* next);
    // At least one page, even for an empty document.
    std::vector<PdfPage> takePages();

private:
    void newPage();
    double gapBefore(const PdfBlock& block) const;
    void placeText(const PdfBlock& block, const PdfBlock* next);
    void placeTable(const PdfBlock& table);
    void placeRow(const PdfBlock& table, const PdfRow& row, bool shaded);
    void splitRow(const PdfBlock& table, const PdfRow& row);
    void continueTable(const PdfBlock& table);
    void openBorders();
    void closeBorders(const PdfBlock& table);
    PdfPage& page() { return m_pages.back(); }

    QRectF m_body;
    std::vector<PdfPage> m_pages;
    double m_y = 0;          // from the body's top on the current page
    bool m_pageEmpty = true; // nothing placed on this page yet: no spacing above the first block
    double m_lastMargin = 0; // the bottom margin of the block before
    double m_bordersTop = 0; // where the table's part on this page started
};

} // namespace cpd
