#include "PdfPageSetup.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace cpd {

void PdfPageSetup::setUp(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CPD Journal"));
}

QSizeF PdfPageSetup::page()
{
    return QSizeF(mm(210), mm(297));
}

QRectF PdfPageSetup::body()
{
    const double top = mm(kMarginMm + kHeaderMm);
    const double bottom = mm(kMarginMm + kFooterMm);
    return QRectF(mm(kMarginMm), top, page().width() - 2 * mm(kMarginMm),
                  page().height() - top - bottom);
}

QRectF PdfPageSetup::headerRect()
{
    const QRectF b = body();
    return QRectF(b.left(), mm(kMarginMm), b.width(), mm(kHeaderMm) * 0.7);
}

QRectF PdfPageSetup::footerRect()
{
    const QRectF b = body();
    return QRectF(b.left(), b.bottom() + mm(kFooterMm) * 0.3, b.width(), mm(kFooterMm) * 0.7);
}

QFont PdfPageSetup::bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(9);
    // Any letter spacing turns off ligatures (Qt 6.4 has no font features API): with them,
    // "effectively" is extracted from the PDF as "eﬀectively" and cannot be searched for.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

Result<QByteArray> PdfPageSetup::print(const QString& title, int count, const Progress& progress,
                                       const PaintPage& paintPage)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUp(writer, title);
        QPainter painter;
        // The messages' context is PdfRenderer's, whose translations they have always had.
        if (!painter.begin(&writer))
            return fail(QCoreApplication::translate("PdfRenderer", "Could not start the PDF."));
        for (int i = 0; i < count; ++i) {
            if (progress && !progress(i, count)) {
                painter.end();
                return fail(QCoreApplication::translate("PdfRenderer", "Cancelled."));
            }
            if (i > 0)
                writer.newPage();
            paintPage(painter, i);
        }
        painter.end();
    }
    return bytes;
}

QImage PdfPageSetup::image(int index, int widthPx, const PaintPage& paintPage)
{
    const double scale = widthPx / page().width();
    QImage out(QSize(widthPx, qRound(page().height() * scale)),
               QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    paintPage(painter, index);
    return out;
}

} // namespace cpd
