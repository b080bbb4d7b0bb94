#include "PdfPageRecorder.h"

#include "PdfFileWriter.h"
#include "PdfSyntax.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QTextLayout>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace cpd {
namespace {

// Glyphs closer than this (pixels at 300 dpi; 1/100 mm) to where the PDF's own advance puts them
// are left there, rather than moved with an adjustment.
constexpr double kTolerance = 0.12;
// The shear Qt gives a font it slants itself.
constexpr double kFakeItalicShear = 0.3;

void appendColor(QByteArray& out, const QColor& color, const char* op)
{
    PdfSyntax::appendNumber(out, color.redF());
    out += ' ';
    PdfSyntax::appendNumber(out, color.greenF());
    out += ' ';
    PdfSyntax::appendNumber(out, color.blueF());
    out += op;
}

} // namespace

PdfPageRecorder::PdfPageRecorder(char prefix, const QSizeF& page, int resolution)
    : m_prefix(prefix), m_page(page), m_scale(72.0 / resolution)
{
    m_content.reserve(128 * 1024);
}

void PdfPageRecorder::newPage()
{
    endPage();
}

void PdfPageRecorder::endPage()
{
    endText();
    // Page coordinates (pixels from the top left), in a graphics state of the page's own: the
    // file may draw another stream over it.
    QByteArray content;
    content.reserve(m_content.size() + 64);
    content += "q ";
    PdfSyntax::appendNumber(content, m_scale);
    content += " 0 0 ";
    PdfSyntax::appendNumber(content, -m_scale);
    content += " 0 ";
    PdfSyntax::appendNumber(content, m_page.height() * m_scale);
    content += " cm\n";
    content += m_content;
    content += "Q\n";
    auto task = std::make_shared<std::packaged_task<QByteArray()>>(
        [content = std::move(content)] { return PdfFileWriter::deflate(content); });
    m_pages.push_back({task->get_future(), {}, m_annotations});
    QThreadPool::globalInstance()->start([task] { (*task)(); });
    m_content.clear();
    m_annotations.clear();
    m_fill.reset();
    m_face = -1;
    m_stroking = false;
    m_spacing = 0;
}

void PdfPageRecorder::setFill(const QColor& color)
{
    if (m_fill == color.rgb())
        return;
    m_fill = color.rgb();
    appendColor(m_content, color, " rg\n");
    if (m_stroking)
        appendColor(m_content, color, " RG\n");
}

void PdfPageRecorder::beginText()
{
    if (!m_inText) {
        m_content += "BT\n";
        m_inText = true;
    }
}

void PdfPageRecorder::endText()
{
    if (m_inText) {
        if (m_stroking) // the stroke colour and width may change outside text
            m_content += "0 Tr\n";
        m_content += "ET\n";
        m_inText = false;
        m_stroking = false;
        m_face = -1;
    }
}

void PdfPageRecorder::fillRect(const QRectF& rect, const QColor& color)
{
    endText();
    setFill(color);
    for (double v : {rect.x(), rect.y(), rect.width(), rect.height()}) {
        PdfSyntax::appendNumber(m_content, v);
        m_content += ' ';
    }
    m_content += "re f\n";
}

void PdfPageRecorder::drawLines(const QList<QLineF>& lines, const QColor& color, double width)
{
    if (lines.isEmpty())
        return;
    stroke(lines, color, width, 2); // square caps, as QPen's
}

void PdfPageRecorder::stroke(const QList<QLineF>& lines, const QColor& color, double width, int cap)
{
    endText();
    appendColor(m_content, color, " RG ");
    PdfSyntax::appendNumber(m_content, width);
    m_content += " w ";
    m_content += char('0' + cap);
    m_content += " J\n";
    for (const QLineF& l : lines) {
        PdfSyntax::appendNumber(m_content, l.x1());
        m_content += ' ';
        PdfSyntax::appendNumber(m_content, l.y1());
        m_content += " m ";
        PdfSyntax::appendNumber(m_content, l.x2());
        m_content += ' ';
        PdfSyntax::appendNumber(m_content, l.y2());
        m_content += " l\n";
    }
    m_content += "S\n";
}

void PdfPageRecorder::drawText(const QTextLayout& layout, int firstLine, int lineCount,
                               const QPointF& origin, const QColor& color)
{
    // Links are the layout's anchor formats: drawn in their colour, each piece of a line an
    // annotation of its own.
    QList<QTextLayout::FormatRange> links;
    for (const QTextLayout::FormatRange& r : layout.formats())
        if (r.format.isAnchor() && !r.format.anchorHref().isEmpty())
            links << r;
    const QString& text = layout.text();
    for (int i = firstLine; i < firstLine + lineCount; ++i) {
        const QTextLine line = layout.lineAt(i);
        const int end = line.textStart() + line.textLength();
        for (int k = line.textStart(); k < end; ++k) {
            const QChar c = text.at(k);
            if (c.isHighSurrogate() && k + 1 < end && text.at(k + 1).isLowSurrogate())
                m_shownAstral.insert(QChar::surrogateToUcs4(c, text.at(++k)));
            else
                m_shown[c.unicode()] = true;
        }
        if (links.isEmpty()) {
            drawRuns(line.glyphRuns(), origin, color);
            continue;
        }
        int pos = line.textStart();
        while (pos < end) {
            const auto link = std::find_if(links.cbegin(), links.cend(), [&](const auto& r) {
                return r.start + r.length > pos;
            }); // links are in text order
            if (link == links.cend() || link->start > pos) {
                const int stop = link == links.cend() ? end : std::min(end, link->start);
                drawRuns(line.glyphRuns(pos, stop - pos), origin, color);
                pos = stop;
                continue;
            }
            const int stop = std::min(end, link->start + link->length);
            const QList<QGlyphRun> runs = line.glyphRuns(pos, stop - pos);
            drawRuns(runs, origin, link->format.foreground().color());
            QRectF area;
            for (const QGlyphRun& run : runs)
                area |= run.boundingRect();
            if (!area.isEmpty())
                addLink(area.translated(origin), link->format.anchorHref());
            pos = stop;
        }
    }
}

void PdfPageRecorder::drawRuns(const QList<QGlyphRun>& runs, const QPointF& origin,
                               const QColor& color)
{
    QList<QLineF> underlines;
    double underlineWidth = 0;
    for (const QGlyphRun& run : runs) {
        if (run.glyphIndexes().isEmpty())
            continue;
        const int f = face(run.rawFont());
        if (f < 0)
            return;
        beginText();
        setFill(color);
        showRun(run, f, origin);
        if (run.underline()) {
            const QRectF box = run.boundingRect();
            const double y =
                origin.y() + run.positions().first().y() + run.rawFont().underlinePosition();
            underlines << QLineF(origin.x() + box.left(), y, origin.x() + box.right(), y);
            underlineWidth = run.rawFont().lineThickness();
        }
    }
    if (!underlines.isEmpty())
        stroke(underlines, color, underlineWidth, 0); // butt caps, as Qt's underlines
}

void PdfPageRecorder::showRun(const QGlyphRun& run, int index, const QPointF& origin)
{
    const Face& f = m_faces[std::size_t(index)];
    PdfFontResource& font = m_resources[std::size_t(f.resource)];
    if (m_face != index) {
        m_content += '/';
        m_content += m_prefix;
        m_content += QByteArray::number(f.resource);
        m_content += ' ';
        PdfSyntax::appendNumber(m_content, f.size);
        m_content += " Tf\n";
        if (f.fakeBold != m_stroking) {
            m_stroking = f.fakeBold;
            if (m_stroking) {
                appendColor(m_content, QColor::fromRgb(*m_fill), " RG ");
                PdfSyntax::appendNumber(m_content, f.size / 30);
                m_content += " w 2 Tr\n";
            } else {
                m_content += "0 Tr\n";
            }
        }
        m_face = index;
    }
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    const double em = f.size / 1000.0;
    // The spacing every glyph has on top of its advance (the body font's letter spacing),
    // written once as the character spacing (Tc) rather than as an adjustment per glyph: the
    // median over the run's first glyphs, so that a wider gap here and there does not skew it.
    double spacing = 0;
    if (glyphs.size() > 1) {
        std::array<double, 32> gaps;
        const qsizetype n = qMin<qsizetype>(gaps.size(), glyphs.size() - 1);
        for (qsizetype i = 0; i < n; ++i)
            gaps[std::size_t(i)] =
                positions[i + 1].x() - positions[i].x() - font.width(glyphs[i]) * em;
        std::nth_element(gaps.begin(), gaps.begin() + n / 2, gaps.begin() + n);
        spacing = std::round(gaps[std::size_t(n / 2)] * 100) / 100;
    }
    if (spacing != m_spacing) {
        m_spacing = spacing;
        PdfSyntax::appendNumber(m_content, spacing);
        m_content += " Tc\n";
    }
    // Written straight into the page's buffer: a run is thousands of glyphs on a page of tables.
    const qsizetype start = m_content.size();
    m_content.resize(start + 80 * glyphs.size() + 16); // the most each glyph can take
    char* p = m_content.data() + start;
    const auto put = [&p](const char* text) {
        while (*text)
            *p++ = *text++;
    };
    double penX = 0;
    double penY = 0;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        const double x = origin.x() + positions[i].x();
        const double y = origin.y() + positions[i].y();
        if (i == 0 || std::abs(y - penY) > 0.01) {
            if (i > 0)
                put(">] TJ\n");
            put("1 0 ");
            p = PdfSyntax::writeNumber(p, f.fakeItalic ? kFakeItalicShear : 0);
            put(" -1 ");
            p = PdfSyntax::writeNumber(p, x);
            *p++ = ' ';
            p = PdfSyntax::writeNumber(p, y);
            put(" Tm [<");
            penX = x;
            penY = y;
        } else if (const double off = x - penX; std::abs(off) > kTolerance) {
            // TJ's numbers move the next glyph back by thousandths of the font size.
            const double adjust = std::round(-off / em * 100) / 100;
            *p++ = '>';
            p = PdfSyntax::writeNumber(p, adjust);
            *p++ = '<';
            penX -= adjust * em;
        }
        p = PdfSyntax::writeHex4(p, glyphs[i]);
        font.use(glyphs[i]);
        penX += font.width(glyphs[i]) * em + spacing;
    }
    if (!glyphs.isEmpty())
        put(">] TJ\n");
    m_content.resize(p - m_content.constData());
}

int PdfPageRecorder::face(const QRawFont& raw)
{
    for (std::size_t i = 0; i < m_faces.size(); ++i)
        if (m_faces[i].raw == raw)
            return int(i);
    if (m_error)
        return -1;
    const QString name = raw.familyName() + QLatin1Char('|') + raw.styleName();
    int resource = m_resourceByName.value(name, -1);
    if (resource < 0) {
        Result<PdfFontResource> loaded = PdfFontResource::load(raw);
        if (!loaded) {
            m_error = loaded.error();
            m_fontsSupported = false;
            return -1;
        }
        resource = int(m_resources.size());
        m_resources.push_back(std::move(*loaded));
        m_resourceByName.insert(name, resource);
    }
    const PdfFontResource& font = m_resources[std::size_t(resource)];
    Face f;
    f.raw = raw;
    f.resource = resource;
    f.size = raw.pixelSize();
    // Qt makes bold or slanted faces itself when the family has no such file: so does the PDF.
    f.fakeBold = raw.weight() >= QFont::DemiBold && !font.isBold();
    f.fakeItalic = raw.style() != QFont::StyleNormal && !font.isItalic();
    m_faces.push_back(f);
    return int(m_faces.size() - 1);
}

QByteArray PdfPageRecorder::points(const QRectF& area) const
{
    const double h = m_page.height();
    return PdfSyntax::number(area.left() * m_scale) + ' ' +
           PdfSyntax::number((h - area.bottom()) * m_scale) + ' ' +
           PdfSyntax::number(area.right() * m_scale) + ' ' +
           PdfSyntax::number((h - area.top()) * m_scale);
}

void PdfPageRecorder::addLink(const QRectF& area, const QString& href)
{
    const QUrl url(href);
    const QByteArray uri = url.isValid() ? url.toEncoded() : href.toUtf8();
    m_annotations << "<< /Type /Annot /Subtype /Link /Rect [" + points(area) +
                         "] /Border [0 0 0] /A << /Type /Action /S /URI /URI " +
                         PdfSyntax::literal(uri) + " >> >>";
}

Status PdfPageRecorder::finish()
{
    endPage();
    for (Page& page : m_pages)
        if (page.pending.valid())
            page.deflated = page.pending.get(); // rethrows the task's bad_alloc
    if (m_error)
        return std::unexpected(*m_error);
    QSet<char32_t> shown = m_shownAstral;
    for (char32_t c = 0; c < m_shown.size(); ++c)
        if (m_shown[c])
            shown.insert(c);
    for (PdfFontResource& font : m_resources)
        font.seal(shown);
    m_faces.clear(); // they hold QRawFonts of this thread
    return {};
}

} // namespace cpd
