#include "ReportPdfLayout.h"

#include "PdfBlock.h"
#include "PdfFlow.h"
#include "PdfPage.h"
#include "PdfPageSetup.h"
#include "PdfTypography.h"

#include <QBuffer>
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

    void paint(QPainter& painter, int index) const
    {
        const QRectF body = PdfPageSetup::body();
        const QRectF headerRect = PdfPageSetup::headerRect();
        const QRectF footerRect = PdfPageSetup::footerRect();
        painter.setPen(QColor(0x40, 0x40, 0x40));
        header->draw(&painter, QPointF(headerRect.left(), headerRect.center().y() -
                                                              PdfTypography::height(*header) / 2));
        painter.drawLine(QPointF(body.left(), headerRect.bottom()),
                         QPointF(body.right(), headerRect.bottom()));
        const auto footer =
            type.layout(pageFormat.arg(index + 1).arg(pages.size()), PdfTypography::Style::Small,
                        footerRect.width(), Qt::AlignRight);
        footer->draw(&painter, QPointF(footerRect.left(), footerRect.center().y() -
                                                              PdfTypography::height(*footer) / 2));
        pages[std::size_t(index)].paint(painter);
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
        if (index >= 0 && index < pageCount())
            m->paint(painter, index);
    });
}

Result<QByteArray> ReportPdfLayout::pdf(const Progress& progress) const
{
    return PdfPageSetup::print(m->title, pageCount(), progress,
                               [this](QPainter& painter, int index) { m->paint(painter, index); });
}

} // namespace cpd
