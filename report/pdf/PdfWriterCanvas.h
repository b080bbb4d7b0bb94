#pragma once

#include "PdfCanvas.h"
#include "PdfFileWriter.h"
#include "PdfFontResource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

class QGlyphRun;

namespace cpd {

// PdfCanvas that writes the PDF itself: a content stream per page with one text operator per
// run of glyphs (Qt's engine writes one per glyph), TrueType fonts embedded as subsets
// (PdfFontResource), link annotations. Pages are in page coordinates (pixels at resolution dpi).
// Made for ReportPdfLayout: shades, rules and laid-out text, nothing else.
class PdfWriterCanvas final : public PdfCanvas
{
public:
    PdfWriterCanvas(const QString& title, const QSizeF& page, int resolution);

    // Ends the page drawn so far and starts another (the first page needs none).
    void newPage();

    void fillRect(const QRectF& rect, const QColor& color) override;
    void drawLines(const QList<QLineF>& lines, const QColor& color, double width) override;
    void drawText(const QTextLayout& layout, int firstLine, int lineCount, const QPointF& origin,
                  const QColor& color) override;

    // The file, or why it could not be written. A font without TrueType outlines is such an
    // error: fontsSupported() then says false, and the caller may use Qt's PDF engine instead.
    Result<QByteArray> finish();
    bool fontsSupported() const { return m_fontsSupported; }

private:
    struct Face // a font at a size, as the glyph runs give it
    {
        QRawFont raw;
        int resource = -1;
        double size = 0;
        bool fakeBold = false;
        bool fakeItalic = false;
    };

    void endPage();
    int face(const QRawFont& raw); // an index in m_faces, or -1 (m_error says why)
    void drawRuns(const QList<QGlyphRun>& runs, const QPointF& origin, const QColor& color);
    void showRun(const QGlyphRun& run, int face, const QPointF& origin);
    void setFill(const QColor& color);
    void beginText();
    void endText();
    void addLink(const QRectF& area, const QString& href);
    QByteArray points(const QRectF& area) const;

    PdfFileWriter m_file;
    QString m_title;
    QSizeF m_page;
    double m_scale; // points per pixel
    int m_pagesId;
    int m_resourcesId;
    QList<int> m_pageIds;
    QByteArray m_content;            // the current page's
    QList<QByteArray> m_annotations; // the current page's
    bool m_inText = false;
    std::optional<QRgb> m_fill;
    int m_face = -1;         // the font set in the text object
    bool m_stroking = false; // text render mode 2 (fake bold) is on
    double m_spacing = 0;    // the character spacing (Tc) set

    std::vector<Face> m_faces;
    std::vector<PdfFontResource> m_resources;
    QHash<QString, int> m_resourceByName;
    std::vector<bool> m_shown = std::vector<bool>(0x10000); // characters shown, by code
    QSet<char32_t> m_shownAstral;                           // and those past U+FFFF
    std::optional<Error> m_error;
    bool m_fontsSupported = true;
};

} // namespace cpd
