#include "PdfRenderer.h"

#include "pdf/PdfPageSetup.h"

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

using Page = PdfPageSetup;
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
        QFont small = Page::bodyFont();
        small.setPointSizeF(8);
        painter.setFont(small);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QRectF headerRect = Page::headerRect();
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, header);
        painter.drawLine(QPointF(body.left(), headerRect.bottom()), QPointF(body.right(), headerRect.bottom()));
        const QRectF footerRect = Page::footerRect();
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
    Page::setUp(m->device, title);
    m->page = Page::page();
    m->body = Page::body();
    m->doc.documentLayout()->setPaintDevice(&m->device);
    m->doc.setDefaultFont(Page::bodyFont());
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
    return Page::image(page, widthPx, [this](QPainter& painter, int index) { m->paint(painter, index, pageCount()); });
}

Result<QByteArray> PdfRenderer::pdf(const Progress& progress) const
{
    return Page::print(m->title, pageCount(), progress,
                       [this](QPainter& painter, int index) { m->paint(painter, index, pageCount()); });
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
        doc.setDefaultFont(Page::bodyFont());
        doc.setHtml(html);
        doc.print(&writer);
    }
    return bytes;
}

} // namespace cpd
