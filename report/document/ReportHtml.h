#pragma once

#include "ReportDocument.h"

#include <QString>

namespace cpd {

// A report document as HTML in the subset QTextDocument lays out: headings (a page break before a
// section that starts a page), paragraphs, label/value tables and grid tables whose headings
// repeat on every printed page. File: a stand-alone page with the running header on top and print
// rules for a browser. Pdf: for QTextDocument's pagination, long grids split into tables of
// kRowsPerTable rows.
class ReportHtml
{
public:
    enum class Target
    {
        Pdf,
        File
    };
    // Qt's layout visits every cell of a table for each page it paints, so one 300-row table cost
    // time in proportion to rows x pages; short tables are skipped whole.
    static constexpr int kRowsPerTable = 20;

    static QString write(const ReportDocument& document, Target target);
    // Text as HTML: &, <, >, " escaped, '\n' as <br>, U+00A0 as &nbsp;.
    static QString escape(const QString& text);
};

} // namespace cpd
