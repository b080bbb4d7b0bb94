#include "PdfPage.h"

#include "PdfPageSetup.h"

#include <QPainter>
#include <QTextLayout>

namespace cpd {

void PdfPage::paint(QPainter& painter) const
{
    const QColor shade(0xe8, 0xee, 0xf4);
    for (const QRectF& r : shades)
        painter.fillRect(r, shade);
    if (!rules.isEmpty()) {
        painter.setPen(QPen(QColor(0x80, 0x80, 0x80), PdfPageSetup::pt(kRuleWidthPt)));
        painter.drawLines(rules);
    }
    painter.setPen(Qt::black);
    for (const Text& t : text) {
        if (t.firstLine == 0 && t.lineCount == t.layout->lineCount()) {
            t.layout->draw(&painter, t.origin);
            continue;
        }
        for (int i = t.firstLine; i < t.firstLine + t.lineCount; ++i)
            t.layout->lineAt(i).draw(&painter, t.origin);
    }
}

} // namespace cpd
