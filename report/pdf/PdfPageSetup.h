#pragma once

#include <QFont>
#include <QRectF>
#include <QSizeF>

class QPdfWriter;

namespace cpd {

// The page every report PDF is printed on: A4 portrait at 300 dpi, 15 mm margins, a running
// header band above the body and the page numbers below it; and the body font. Shared by the
// QTextDocument renderer (PdfRenderer) and the direct layout (ReportPdfLayout), so both make the
// same pages.
class PdfPageSetup
{
public:
    static constexpr int kResolution = 300;
    static constexpr double kMarginMm = 15;
    static constexpr double kHeaderMm = 10; // running header band above the body
    static constexpr double kFooterMm = 10; // page numbers below it

    // Millimetres and points in device pixels at kResolution.
    static constexpr double mm(double v) { return v / 25.4 * kResolution; }
    static constexpr double pt(double v) { return v / 72.0 * kResolution; }

    // A4 portrait, no printer margins (the layout keeps its own), 300 dpi, title and creator.
    static void setUp(QPdfWriter& writer, const QString& title);

    static QSizeF page();
    static QRectF body();
    // The running header's text band (its rule is drawn along the bottom) and the footer's.
    static QRectF headerRect();
    static QRectF footerRect();

    // DejaVu Sans 9 pt with the tiny letter spacing that keeps "effectively" searchable.
    static QFont bodyFont();
};

} // namespace cpd
