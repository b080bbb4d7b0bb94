#include "ReportPdfLayout.h"

#include "PdfBlock.h"
#include "PdfDocumentWriter.h"
#include "PdfFlow.h"
#include "PdfPage.h"
#include "PdfPageRecorder.h"
#include "PdfPageSetup.h"
#include "PdfPainterCanvas.h"
#include "PdfTypography.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QThread>

#include <atomic>
#include <future>

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

    // Page index but its number: the running header over its rule, then the page's own.
    void paintBody(PdfCanvas& canvas, int index) const
    {
        const QRectF body = PdfPageSetup::body();
        const QRectF headerRect = PdfPageSetup::headerRect();
        canvas.drawText(*header, 0, header->lineCount(),
                        QPointF(headerRect.left(),
                                headerRect.center().y() - PdfTypography::height(*header) / 2),
                        grey());
        canvas.drawLines({QLineF(QPointF(body.left(), headerRect.bottom()),
                                 QPointF(body.right(), headerRect.bottom()))},
                         grey(), 1);
        pages[std::size_t(index)].paint(canvas);
    }

    // "Page n of count" in the footer of page index.
    void paintFooter(PdfCanvas& canvas, int index, int count) const
    {
        const QRectF footerRect = PdfPageSetup::footerRect();
        const auto footer =
            type.layout(pageFormat.arg(index + 1).arg(count), PdfTypography::Style::Small,
                        footerRect.width(), Qt::AlignRight);
        canvas.drawText(*footer, 0, footer->lineCount(),
                        QPointF(footerRect.left(),
                                footerRect.center().y() - PdfTypography::height(*footer) / 2),
                        grey());
    }

    void paint(PdfCanvas& canvas, int index) const
    {
        paintBody(canvas, index);
        paintFooter(canvas, index, int(pages.size()));
    }

    static QColor grey() { return QColor(0x40, 0x40, 0x40); }

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
    PdfPageRecorder recorder('A', PdfPageSetup::page(), PdfPageSetup::kResolution);
    for (int i = 0; i < pageCount(); ++i) {
        if (progress && !progress(i, pageCount())) // pages being deflated own their bytes
            return fail(QCoreApplication::translate("PdfRenderer", "Cancelled."));
        if (i > 0)
            recorder.newPage();
        m->paint(recorder, i);
    }
    if (Status done = recorder.finish(); !done) {
        if (!recorder.fontsSupported()) // a font with no TrueType outlines: Qt embeds those
            return m->printWithQt(progress);
        return std::unexpected(done.error());
    }
    return PdfDocumentWriter::write(m->title, PdfPageSetup::page(), PdfPageSetup::kResolution,
                                    {&recorder}, nullptr);
}

namespace {

// How much text a block holds: what laying it out costs, roughly.
qsizetype weight(const ReportBlock& block)
{
    const auto of = [](const ReportText& text) {
        qsizetype n = 0;
        for (const ReportRun& run : text)
            n += run.text.size();
        return n;
    };
    qsizetype n = of(block.text);
    for (const QList<ReportCell>& row : block.table.rows)
        for (const ReportCell& cell : row)
            n += of(cell.text) + 8; // and a layout of its own
    return n;
}

// The block with a page break before it that halves the document's text most nearly, or -1
// when there is none or the document is too small to be worth a second thread.
qsizetype halfway(const ReportDocument& doc)
{
    constexpr qsizetype kWorthSplitting = 20000; // characters: about ten pages
    std::vector<qsizetype> before{0};
    for (const ReportBlock& block : doc.blocks)
        before.push_back(before.back() + weight(block));
    const qsizetype total = before.back();
    if (total < kWorthSplitting)
        return -1;
    qsizetype best = -1;
    for (qsizetype i = 1; i < doc.blocks.size(); ++i) {
        if (doc.blocks[i].pageBreakBefore &&
            (best < 0 || std::abs(2 * before[std::size_t(i)] - total) <
                             std::abs(2 * before[std::size_t(best)] - total)))
            best = i;
    }
    return best;
}

// A thread that lays out and records the pages of a part of a document, and is cancelled and
// waited for however the caller leaves.
class PartThread
{
public:
    PartThread(ReportDocument part, const QString& pageFormat)
        : m_recorder('B', PdfPageSetup::page(), PdfPageSetup::kResolution),
          m_thread(QThread::create(
              [this, part = std::move(part), pageFormat] { run(part, pageFormat); }))
    {
        m_thread->start();
    }
    ~PartThread()
    {
        m_cancel = true;
        m_thread->wait();
    }

    int pageCount() { return m_pages.get(); }
    int pagesDone() const { return m_done; }
    bool wait(int ms) { return m_thread->wait(QDeadlineTimer(ms)); }
    void cancel() { m_cancel = true; }
    // After wait(): the pages, and whether recording them went well.
    const PdfPageRecorder& recorder() const { return m_recorder; }
    const Status& status() const { return m_status; }

private:
    void run(const ReportDocument& part, const QString& pageFormat)
    {
        // The layouts and this thread's fonts live and die here: fonts belong to their thread.
        const ReportPdfLayout layout(part, pageFormat);
        m_pagesPromise.set_value(layout.pageCount());
        for (int i = 0; i < layout.pageCount() && !m_cancel; ++i) {
            if (i > 0)
                m_recorder.newPage();
            layout.paintBody(m_recorder, i);
            ++m_done;
        }
        m_status = m_recorder.finish();
    }

    PdfPageRecorder m_recorder;
    Status m_status;
    std::promise<int> m_pagesPromise;
    std::future<int> m_pages = m_pagesPromise.get_future();
    std::atomic<int> m_done{0};
    std::atomic<bool> m_cancel{false};
    std::unique_ptr<QThread> m_thread;
};

} // namespace

void ReportPdfLayout::paintBody(PdfCanvas& canvas, int index) const
{
    m->paintBody(canvas, index);
}

Result<ReportPdfLayout::Written> ReportPdfLayout::write(const ReportDocument& doc,
                                                        const QString& pageFormat,
                                                        const Progress& progress)
{
    // CPD_PDF_THREADS=1 keeps it on one thread (to compare: bench_export_pdf).
    const qsizetype split = qEnvironmentVariable("CPD_PDF_ENGINE") == QLatin1String("qt") ||
                                    qEnvironmentVariableIntValue("CPD_PDF_THREADS") == 1
                                ? -1
                                : halfway(doc);
    if (split < 0) {
        const ReportPdfLayout whole(doc, pageFormat);
        Result<QByteArray> pdf = whole.pdf(progress);
        if (!pdf)
            return std::unexpected(pdf.error());
        return Written{*pdf, whole.pageCount()};
    }
    ReportDocument first = doc;
    ReportDocument second = doc;
    first.blocks = doc.blocks.first(split);
    second.blocks = doc.blocks.sliced(split);
    PartThread other(std::move(second), pageFormat);
    const ReportPdfLayout part(first, pageFormat);
    const int count = part.pageCount() + other.pageCount();
    const auto cancelled = [&](int page) {
        if (!progress || progress(page, count))
            return false;
        other.cancel();
        return true;
    };
    PdfPageRecorder recorder('A', PdfPageSetup::page(), PdfPageSetup::kResolution);
    bool stopped = false;
    for (int i = 0; i < part.pageCount() && !stopped; ++i) {
        if (!(stopped = cancelled(i))) {
            if (i > 0)
                recorder.newPage();
            part.paintBody(recorder, i);
        }
    }
    while (!stopped && !other.wait(20))
        stopped = cancelled(part.pageCount() + other.pagesDone());
    other.wait(-1);
    // The page numbers, now that the count is known, drawn over every page.
    PdfPageRecorder numbers('F', PdfPageSetup::page(), PdfPageSetup::kResolution);
    for (int i = 0; i < count && !stopped; ++i) {
        if (i > 0)
            numbers.newPage();
        part.m->paintFooter(numbers, i, count);
    }
    const Status mine = recorder.finish();
    const Status theirs = other.status();
    const Status footers = numbers.finish();
    if (stopped)
        return fail(QCoreApplication::translate("PdfRenderer", "Cancelled."));
    for (const Status* s : {&mine, &theirs, &footers}) {
        if (*s)
            continue;
        if (recorder.fontsSupported() && other.recorder().fontsSupported() &&
            numbers.fontsSupported())
            return std::unexpected(s->error());
        const ReportPdfLayout whole(doc, pageFormat); // Qt's engine embeds those fonts
        Result<QByteArray> pdf = whole.m->printWithQt(progress);
        if (!pdf)
            return std::unexpected(pdf.error());
        return Written{*pdf, whole.pageCount()};
    }
    Result<QByteArray> pdf =
        PdfDocumentWriter::write(doc.title, PdfPageSetup::page(), PdfPageSetup::kResolution,
                                 {&recorder, &other.recorder()}, &numbers);
    if (!pdf)
        return std::unexpected(pdf.error());
    return Written{*pdf, count};
}

} // namespace cpd
