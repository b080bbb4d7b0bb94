#pragma once

#include "util/Result.h"

#include <QImage>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;

namespace cpd {

// Lays out HTML on A4 pages (margins, a running header, "Page n of N" in the footer) and paints
// the pages into a PDF or into images for a preview. Needs a QGuiApplication (fonts); works on the
// offscreen platform, so no display is needed.
class PdfRenderer
{
public:
    // progress(page, pageCount): false cancels.
    using Progress = std::function<bool(int, int)>;

    PdfRenderer(const QString& html, const QString& header, const QString& pageFormat, const QString& title);
    ~PdfRenderer();

    int pageCount() const;
    // Page (0-based) as an image widthPx wide, white background.
    QImage pageImage(int page, int widthPx) const;
    Result<QByteArray> pdf(const Progress& progress = {}) const;

    // The plain QTextDocument + QPdfWriter print of the same HTML (no header or page numbers):
    // what the benchmark compares with.
    static Result<QByteArray> barePrint(const QString& html);

    static constexpr int kResolution = 300;

private:
    struct Layout;
    std::unique_ptr<Layout> m;
};

} // namespace cpd
