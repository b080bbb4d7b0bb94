#pragma once

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

class QTextLayout;

namespace cpd {

// What a laid-out report page draws, in page coordinates (device pixels at 300 dpi): shaded
// rectangles, rules and lines of laid-out text (their links included). PdfPainterCanvas paints
// with a QPainter (page images); PdfCairoCanvas writes the PDF with cairo.
class PdfCanvas
{
public:
    virtual ~PdfCanvas() = default;

    virtual void fillRect(const QRectF& rect, const QColor& color) = 0;
    // width in page coordinates, square caps (QPen's).
    virtual void drawLines(const QList<QLineF>& lines, const QColor& color, double width) = 0;
    // Lines firstLine .. firstLine + lineCount - 1 of layout with its (0, 0) at origin, in color
    // where the layout's formats give none (links keep theirs and link to their href).
    virtual void drawText(const QTextLayout& layout, int firstLine, int lineCount,
                          const QPointF& origin, const QColor& color) = 0;
};

} // namespace cpd
