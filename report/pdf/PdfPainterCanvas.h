#pragma once

#include "PdfCanvas.h"

class QPainter;

namespace cpd {

// PdfCanvas on a QPainter: a page image for the preview (or Qt's own PDF engine).
class PdfPainterCanvas final : public PdfCanvas
{
public:
    explicit PdfPainterCanvas(QPainter& painter) : m_painter(painter) {}

    void fillRect(const QRectF& rect, const QColor& color) override;
    void drawLines(const QList<QLineF>& lines, const QColor& color, double width) override;
    void drawText(const QTextLayout& layout, int firstLine, int lineCount, const QPointF& origin,
                  const QColor& color) override;

private:
    QPainter& m_painter;
};

} // namespace cpd
