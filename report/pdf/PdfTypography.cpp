#include "PdfTypography.h"

#include "PdfPageSetup.h"

#include <QFontMetricsF>
#include <QTextCharFormat>
#include <QTextOption>

namespace cpd {

PdfTypography::PdfTypography(QPaintDevice* device) : m_device(device)
{
    const auto make = [&](double points, bool bold) {
        QFont f = PdfPageSetup::bodyFont();
        f.setPointSizeF(points);
        f.setBold(bold);
        // The outlines go into the PDF unhinted anyway; unhinted (design) advances are the print
        // metrics and take a quarter less time to shape than hinted ones (bench_export_pdf).
        f.setHintingPreference(QFont::PreferNoHinting);
        return QFont(f, device);
    };
    m_fonts[std::size_t(Style::Body)] = make(9, false);
    m_fonts[std::size_t(Style::BodyBold)] = make(9, true);
    m_fonts[std::size_t(Style::Title)] = make(18, true);
    m_fonts[std::size_t(Style::Heading)] = make(13, true);
    m_fonts[std::size_t(Style::Subheading)] = make(11, true);
    m_fonts[std::size_t(Style::Small)] = make(8, false);
}

std::unique_ptr<QTextLayout> PdfTypography::layout(const ReportText& text, Style style,
                                                   double width, Qt::Alignment align) const
{
    QString all;
    QList<QTextLayout::FormatRange> formats;
    for (const ReportRun& run : text) {
        const int start = int(all.size());
        all += run.text;
        if (run.text.isEmpty() || (!run.bold && !run.italic && run.href.isEmpty()))
            continue;
        QTextLayout::FormatRange range{start, int(run.text.size()), {}};
        if (run.bold)
            range.format.setFontWeight(QFont::Bold);
        if (run.italic)
            range.format.setFontItalic(true);
        if (!run.href.isEmpty()) {
            // Qt's PDF engine writes a /Link annotation with this /URI over the run.
            range.format.setAnchor(true);
            range.format.setAnchorHref(run.href);
            range.format.setForeground(QColor(0x1a, 0x4f, 0x9c));
            range.format.setFontUnderline(true);
        }
        formats << range;
    }
    return lines(all, formats, style, width, align);
}

std::shared_ptr<const QTextLayout> PdfTypography::cell(const ReportText& text, Style style,
                                                       double width, Qt::Alignment align) const
{
    constexpr qsizetype kShort = 48; // longer texts rarely repeat
    QString key;
    for (const ReportRun& run : text) {
        if (key.size() + run.text.size() > kShort)
            return layout(text, style, width, align);
        // Each run's kind and text, then what the key shares with every other.
        key +=
            QChar(u'0' + (run.bold ? 1 : 0) + (run.italic ? 2 : 0) + (run.href.isEmpty() ? 0 : 4));
        key += run.href;
        key += QChar(0x1f);
        key += run.text;
        key += QChar(0x1e);
    }
    key += QString::number(int(style)) + QLatin1Char('/') + QString::number(width) +
           QLatin1Char('/') + QString::number(int(align));
    std::shared_ptr<const QTextLayout>& known = m_cells[key];
    if (!known)
        known = layout(text, style, width, align);
    return known;
}

std::unique_ptr<QTextLayout> PdfTypography::layout(const QString& text, Style style, double width,
                                                   Qt::Alignment align) const
{
    return lines(text, {}, style, width, align);
}

std::unique_ptr<QTextLayout> PdfTypography::lines(const QString& text,
                                                  const QList<QTextLayout::FormatRange>& formats,
                                                  Style style, double width,
                                                  Qt::Alignment align) const
{
    QString shown = text;
    shown.replace(QLatin1Char('\n'),
                  QChar::LineSeparator); // the same length: the formats still fit
    auto out = std::make_unique<QTextLayout>(shown, font(style), m_device);
    out->setCacheEnabled(true);
    QTextOption option(align);
    // A long URL in a narrow column breaks anywhere rather than running over the next column.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    out->setTextOption(option);
    if (!formats.isEmpty())
        out->setFormats(formats);
    out->beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = out->createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    out->endLayout();
    return out;
}

double PdfTypography::advance(const QString& text, Style style) const
{
    return QFontMetricsF(font(style), m_device).horizontalAdvance(text);
}

double PdfTypography::height(const QTextLayout& layout, int first, int count)
{
    if (count <= 0)
        return 0;
    const QTextLine a = layout.lineAt(first);
    const QTextLine b = layout.lineAt(first + count - 1);
    return b.y() + b.height() - a.y();
}

} // namespace cpd
