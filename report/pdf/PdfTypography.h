#pragma once

#include "document/ReportDocument.h"

#include <QFont>
#include <QHash>
#include <QTextLayout>

#include <array>
#include <memory>

class QPaintDevice;

namespace cpd {

// The report's type styles as fonts for one paint device (the PDF's, 300 dpi), and text laid out
// in lines with them: bold, italic and link runs as formats, '\n' as a line break. The layouts
// keep their glyphs (cache enabled), so painting them later does not shape the text again.
class PdfTypography
{
public:
    enum class Style
    {
        Body,
        BodyBold,
        Title,
        Heading,
        Subheading,
        Small,
        Count
    };

    explicit PdfTypography(QPaintDevice* device);

    const QFont& font(Style style) const { return m_fonts[std::size_t(style)]; }

    // Lines width wide, the first at y = 0 and each under the one before.
    std::unique_ptr<QTextLayout> layout(const ReportText& text, Style style, double width,
                                        Qt::Alignment align = Qt::AlignLeft) const;
    std::unique_ptr<QTextLayout> layout(const QString& text, Style style, double width,
                                        Qt::Alignment align = Qt::AlignLeft) const;

    // A table cell's text: the same as layout(), but a short text met before in the same style,
    // width and alignment shares the first one's lines (a report's columns of dates, hours and
    // methods repeat a few words hundreds of times; each would be shaped again).
    std::shared_ptr<const QTextLayout> cell(const ReportText& text, Style style, double width,
                                            Qt::Alignment align = Qt::AlignLeft) const;

    // How wide text is on one line.
    double advance(const QString& text, Style style) const;

    // The height of a layout's lines from first to first + count - 1.
    static double height(const QTextLayout& layout, int first, int count);
    static double height(const QTextLayout& layout)
    {
        return height(layout, 0, layout.lineCount());
    }

private:
    std::unique_ptr<QTextLayout> lines(const QString& text,
                                       const QList<QTextLayout::FormatRange>& formats, Style style,
                                       double width, Qt::Alignment align) const;

    QPaintDevice* m_device;
    std::array<QFont, std::size_t(Style::Count)> m_fonts;
    mutable QHash<QString, std::shared_ptr<const QTextLayout>> m_cells;
};

} // namespace cpd
