#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <functional>

class QPainter;
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

    // paintPage(painter, index) paints one page in page coordinates.
    using PaintPage = std::function<void(QPainter&, int)>;
    // progress(page, count) before each page: false cancels ("Cancelled.").
    using Progress = std::function<bool(int, int)>;
    // count pages into a PDF on this page, titled title.
    static Result<QByteArray> print(const QString& title, int count, const Progress& progress,
                                    const PaintPage& paintPage);
    // One page as an image widthPx wide on white, antialiased.
    static QImage image(int index, int widthPx, const PaintPage& paintPage);
};

} // namespace cpd
