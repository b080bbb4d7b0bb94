#pragma once

#include "document/ReportDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>

#include <functional>
#include <memory>

namespace cpd {

class PdfCanvas;

// Lays a ReportDocument out on A4 pages directly with QTextLayout (PdfPageSetup's page: 15 mm
// margins, the running header doc.header over a rule, pageFormat's "Page n of N" in the footer)
// and paints the pages into a PDF or, one at a time, into images for a preview. Everything is
// measured and the pages decided in the constructor; painting reuses those layouts. An order of
// magnitude faster than PdfRenderer's HTML → QTextDocument path (docs/performance.md). Needs a
// QGuiApplication (fonts); works on the offscreen platform and on a worker thread.
class ReportPdfLayout
{
public:
    // progress(page, pageCount) before each page: false cancels.
    using Progress = std::function<bool(int, int)>;

    ReportPdfLayout(const ReportDocument& doc, const QString& pageFormat);
    ~ReportPdfLayout();
    ReportPdfLayout(const ReportPdfLayout&) = delete;
    ReportPdfLayout& operator=(const ReportPdfLayout&) = delete;

    int pageCount() const;
    // Page (0-based) as an image widthPx wide, white background; paints only that page.
    QImage pageImage(int page, int widthPx) const;
    // The PDF, titled doc.title, made by "CPD Journal".
    Result<QByteArray> pdf(const Progress& progress = {}) const;

    // The same PDF straight from a document, laid out and written on two threads when it has a
    // page break near its middle (the pages after it are laid out apart from those before; the
    // page numbers are drawn last). What an export uses; progress runs on the calling thread.
    struct Written
    {
        QByteArray pdf;
        int pages = 0;
    };
    static Result<Written> write(const ReportDocument& doc, const QString& pageFormat,
                                 const Progress& progress = {});

    // Page index without its page number (the running header, the page's own).
    void paintBody(PdfCanvas& canvas, int index) const;

private:
    struct Pages;
    std::unique_ptr<Pages> m;
};

} // namespace cpd
