#include "PdfPage.h"

#include "PdfCanvas.h"
#include "PdfPageSetup.h"

namespace cpd {

void PdfPage::paint(PdfCanvas& canvas) const
{
    const QColor shade(0xe8, 0xee, 0xf4);
    for (const QRectF& r : shades)
        canvas.fillRect(r, shade);
    if (!rules.isEmpty())
        canvas.drawLines(rules, QColor(0x80, 0x80, 0x80), PdfPageSetup::pt(kRuleWidthPt));
    for (const Text& t : text)
        canvas.drawText(*t.layout, t.firstLine, t.lineCount, t.origin, Qt::black);
}

} // namespace cpd
