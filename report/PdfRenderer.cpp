#include "PdfRenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cpd {
namespace {

constexpr double kMarginMm = 15;
constexpr double kHeaderMm = 10; // running header band above the body
constexpr double kFooterMm = 10; // page numbers below it

double mm(double v)
{
    return v / 25.4 * PdfRenderer::kResolution;
}

void setUpWriter(QPdfWriter& writer, const QString& title)
{
    writer.setResolution(PdfRenderer::kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CPD Journal"));
}

QFont bodyFont()
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(9);
    // Any letter spacing turns off ligatures (Qt 6.4 has no font features API): with them,
    // "effectively" is extracted from the PDF as "eﬀectively" and cannot be searched for.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.05);
    return f;
}

} // namespace

struct PdfRenderer::Layout
{
    QBuffer sink; // the layout's paint device writes nowhere useful
    QPdfWriter device{&sink};
    QTextDocument doc;
    QString header;
    QString pageFormat;
    QString title;
    QSizeF page;  // A4 at kResolution
    QRectF body;  // where the document goes on each page

    void paint(QPainter& painter, int index, int count) const
    {
        painter.save();
        QFont small = bodyFont();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF headerRect(body.left(), mm(kMarginMm), body.width(), mm(kHeaderMm) * 0.7);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawLine(QPointF(body.left(), headerRect.bottom()), QPointF(body.right(), headerRect.bottom()));
        const QRectF footerRect(body.left(), body.bottom() + mm(kFooterMm) * 0.3, body.width(), mm(kFooterMm) * 0.7);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, pageFormat.arg(index + 1).arg(count));
        painter.restore();

        painter.save();
        painter.translate(body.left(), body.top() - index * body.height());
        const QRectF clip(0, index * body.height(), body.width(), body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
};

PdfRenderer::PdfRenderer(const QString& html, const QString& header, const QString& pageFormat, const QString& title)
    : m(std::make_unique<Layout>())
{
    m->header = header;
    m->pageFormat = pageFormat;
    m->title = title;
    setUpWriter(m->device, title);
    m->page = QSizeF(mm(210), mm(297));
    const double top = mm(kMarginMm + kHeaderMm);
    const double bottom = mm(kMarginMm + kFooterMm);
    m->body = QRectF(mm(kMarginMm), top, m->page.width() - 2 * mm(kMarginMm), m->page.height() - top - bottom);
    m->doc.documentLayout()->setPaintDevice(&m->device);
    m->doc.setDefaultFont(bodyFont());
    m->doc.setDocumentMargin(0);
    m->doc.setHtml(html);
    m->doc.setPageSize(m->body.size());
}

PdfRenderer::~PdfRenderer() = default;

int PdfRenderer::pageCount() const
{
    return m->doc.pageCount();
}

QImage PdfRenderer::pageImage(int page, int widthPx) const
{
    const double scale = widthPx / m->page.width();
    QImage image(QSize(widthPx, qRound(m->page.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    m->paint(painter, page, pageCount());
    return image;
}

Result<QByteArray> PdfRenderer::pdf(const Progress& progress) const
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        setUpWriter(writer, m->title);
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(QCoreApplication::translate("PdfRenderer", "Could not start the PDF."));
        const int count = pageCount();
        for (int i = 0; i < count; ++i) {
            if (progress && !progress(i, count)) {
                painter.end();
                return fail(QCoreApplication::translate("PdfRenderer", "Cancelled."));
            }
            if (i > 0)
                writer.newPage();
            m->paint(painter, i, count);
        }
        painter.end();
    }
    return bytes;
}

Result<QByteArray> PdfRenderer::barePrint(const QString& html)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDefaultFont(bodyFont());
        doc.setHtml(html);
        doc.print(&writer);
    }
    return bytes;
}

} // namespace cpd
