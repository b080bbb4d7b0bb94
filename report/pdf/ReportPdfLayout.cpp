#include "ReportPdfLayout.h"

#include "PdfBlock.h"
#include "PdfFlow.h"
#include "PdfPage.h"
#include "PdfPageSetup.h"
#include "PdfPainterCanvas.h"
#include "PdfTypography.h"
#include "PdfWriterCanvas.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>

namespace cpd {

struct ReportPdfLayout::Pages
{
    QBuffer sink; // the measuring device writes nowhere useful
    QPdfWriter device{&sink};
    PdfTypography type{&device};
    QString title;
    QString pageFormat;
    std::unique_ptr<QTextLayout> header;
    std::vector<PdfBlock> blocks; // own the layouts the pages draw
    std::vector<PdfPage> pages;

    void paint(PdfCanvas& canvas, int index) const
    {
        const QRectF body = PdfPageSetup::body();
        const QRectF headerRect = PdfPageSetup::headerRect();
        const QRectF footerRect = PdfPageSetup::footerRect();
        const QColor grey(0x40, 0x40, 0x40);
        canvas.drawText(*header, 0, header->lineCount(),
                        QPointF(headerRect.left(),
                                headerRect.center().y() - PdfTypography::height(*header) / 2),
                        grey);
        canvas.drawLines({QLineF(QPointF(body.left(), headerRect.bottom()),
                                 QPointF(body.right(), headerRect.bottom()))},
                         grey, 1);
        const auto footer =
            type.layout(pageFormat.arg(index + 1).arg(pages.size()), PdfTypography::Style::Small,
                        footerRect.width(), Qt::AlignRight);
        canvas.drawText(*footer, 0, footer->lineCount(),
                        QPointF(footerRect.left(),
                                footerRect.center().y() - PdfTypography::height(*footer) / 2),
                        grey);
        pages[std::size_t(index)].paint(canvas);
    }

    // The PDF through Qt's engine: for fonts PdfWriterCanvas cannot embed, and to compare.
    Result<QByteArray> printWithQt(const Progress& progress) const
    {
        return PdfPageSetup::print(title, int(pages.size()), progress,
                                   [this](QPainter& painter, int index) {
                                       PdfPainterCanvas canvas(painter);
                                       paint(canvas, index);
                                   });
    }
};

ReportPdfLayout::ReportPdfLayout(const ReportDocument& doc, const QString& pageFormat)
    : m(std::make_unique<Pages>())
{
    PdfPageSetup::setUp(m->device, doc.title);
    m->title = doc.title;
    m->pageFormat = pageFormat;
    const QRectF body = PdfPageSetup::body();
    m->header = m->type.layout(doc.header, PdfTypography::Style::Small, body.width());
    m->blocks.reserve(std::size_t(doc.blocks.size()));
    for (const ReportBlock& block : doc.blocks)
        m->blocks.push_back(PdfBlock::measure(block, m->type, body.width()));
    PdfFlow flow(body);
    for (std::size_t i = 0; i < m->blocks.size(); ++i)
        flow.add(m->blocks[i], i + 1 < m->blocks.size() ? &m->blocks[i + 1] : nullptr);
    m->pages = flow.takePages();
}

ReportPdfLayout::~ReportPdfLayout() = default;

int ReportPdfLayout::pageCount() const
{
    return int(m->pages.size());
}

QImage ReportPdfLayout::pageImage(int page, int widthPx) const
{
    return PdfPageSetup::image(page, widthPx, [this](QPainter& painter, int index) {
        PdfPainterCanvas canvas(painter);
        if (index >= 0 && index < pageCount())
            m->paint(canvas, index);
    });
}

Result<QByteArray> ReportPdfLayout::pdf(const Progress& progress) const
{
    // CPD_PDF_ENGINE=qt writes it with Qt's PDF engine instead (to compare: bench_export_pdf).
    if (qEnvironmentVariable("CPD_PDF_ENGINE") == QLatin1String("qt"))
        return m->printWithQt(progress);
    PdfWriterCanvas canvas(m->title, PdfPageSetup::page(), PdfPageSetup::kResolution);
    for (int i = 0; i < pageCount(); ++i) {
        if (progress && !progress(i, pageCount()))
            return fail(QCoreApplication::translate("PdfRenderer", "Cancelled."));
        if (i > 0)
            canvas.newPage();
        m->paint(canvas, i);
    }
    Result<QByteArray> out = canvas.finish();
    if (!out && !canvas.fontsSupported()) // a font with no TrueType outlines: Qt embeds those
        return m->printWithQt(progress);
    return out;
}

} // namespace cpd
