#include "PdfPainterCanvas.h"

#include <QPainter>
#include <QTextLayout>

namespace cpd {

void PdfPainterCanvas::fillRect(const QRectF& rect, const QColor& color)
{
    m_painter.fillRect(rect, color);
}

void PdfPainterCanvas::drawLines(const QList<QLineF>& lines, const QColor& color, double width)
{
    m_painter.setPen(QPen(color, width));
    m_painter.drawLines(lines);
}

void PdfPainterCanvas::drawText(const QTextLayout& layout, int firstLine, int lineCount,
                                const QPointF& origin, const QColor& color)
{
    m_painter.setPen(color);
    if (firstLine == 0 && lineCount == layout.lineCount()) {
        layout.draw(&m_painter, origin);
        return;
    }
    for (int i = firstLine; i < firstLine + lineCount; ++i)
        layout.lineAt(i).draw(&m_painter, origin);
}

} // namespace cpd
