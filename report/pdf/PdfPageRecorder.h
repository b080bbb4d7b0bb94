#pragma once

#include "PdfCanvas.h"
#include "PdfFontResource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QRawFont>
#include <QSet>
#include <QSizeF>
#include <QString>

#include <future>
#include <optional>
#include <vector>

class QGlyphRun;

namespace cpd {

// PdfCanvas that records PDF pages: a content stream per page with one text operator per run of
// glyphs (Qt's engine writes one per glyph) in its fonts (PdfFontResource, named /<prefix><n>),
// and the page's link annotations. PdfDocumentWriter puts recorders' pages into a file. Pages are
// in page coordinates (pixels at resolution dpi). Made for ReportPdfLayout: shades, rules and
// laid-out text, nothing else. A recorder is used on one thread, but pages are deflated on the
// thread pool while it goes on.
class PdfPageRecorder final : public PdfCanvas
{
public:
    PdfPageRecorder(char prefix, const QSizeF& page, int resolution);

    // Ends the page drawn so far and starts another (the first page needs none).
    void newPage();

    void fillRect(const QRectF& rect, const QColor& color) override;
    void drawLines(const QList<QLineF>& lines, const QColor& color, double width) override;
    void drawText(const QTextLayout& layout, int firstLine, int lineCount, const QPointF& origin,
                  const QColor& color) override;

    // Ends the last page, waits for the pages' streams and seals the fonts (on the thread that
    // drew). The error of a font it could not use, if any: fontsSupported() then says whether
    // that was a font without TrueType outlines, which Qt's PDF engine can embed instead.
    Status finish();
    bool fontsSupported() const { return m_fontsSupported; }

    char prefix() const { return m_prefix; }
    int pageCount() const { return int(m_pages.size()); }
    // Page n's content stream, deflated, and its annotations (after finish()).
    const QByteArray& content(int n) const { return m_pages[std::size_t(n)].deflated; }
    const QList<QByteArray>& annotations(int n) const
    {
        return m_pages[std::size_t(n)].annotations;
    }
    const std::vector<PdfFontResource>& fonts() const { return m_resources; }

private:
    struct Face // a font at a size, as the glyph runs give it
    {
        QRawFont raw;
        int resource = -1;
        double size = 0;
        bool fakeBold = false;
        bool fakeItalic = false;
    };

    struct Page
    {
        std::future<QByteArray> pending;
        QByteArray deflated;
        QList<QByteArray> annotations;
    };

    void endPage();
    int face(const QRawFont& raw); // an index in m_faces, or -1 (m_error says why)
    void drawRuns(const QList<QGlyphRun>& runs, const QPointF& origin, const QColor& color);
    void showRun(const QGlyphRun& run, int face, const QPointF& origin);
    void setFill(const QColor& color);
    // Strokes lines width wide in color, with PDF line cap cap (0 butt, 2 square).
    void stroke(const QList<QLineF>& lines, const QColor& color, double width, int cap);
    void beginText();
    void endText();
    void addLink(const QRectF& area, const QString& href);
    QByteArray points(const QRectF& area) const;

    char m_prefix;
    QSizeF m_page;
    double m_scale; // points per pixel
    std::vector<Page> m_pages;
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
