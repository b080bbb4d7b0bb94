#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QRawFont>
#include <QSet>
#include <QString>

#include <vector>

namespace cpd {

class PdfFileWriter;

// One TrueType font file as a PDF font: a Type0 font with Identity-H encoding over a
// CIDFontType2 whose CIDs are the glyph ids, its outlines embedded as a subset of the glyphs used
// (TrueTypeSubset), their widths, and a ToUnicode map so that the text can be copied and searched.
// Fonts without TrueType outlines are refused (the caller falls back to Qt's PDF engine).
class PdfFontResource
{
public:
    static Result<PdfFontResource> load(const QRawFont& font);

    // The glyph's advance in thousandths of the font size, as the PDF's /W array gives it.
    double width(quint32 glyph) const;
    void use(quint32 glyph);
    bool isBold() const { return m_bold; }
    bool isItalic() const { return m_italic; }

    // Writes the font as object id, with the characters characters shown in it (to map its
    // glyphs back to text).
    Status write(PdfFileWriter& file, int id, const QSet<char32_t>& characters) const;

private:
    QRawFont m_font;
    int m_unitsPerEm = 1000;
    std::vector<double> m_widths; // by glyph id, thousandths of an em, rounded as written
    std::vector<bool> m_used;
    qint16 m_bbox[4] = {};
    qint16 m_ascender = 0;
    qint16 m_descender = 0;
    double m_italicAngle = 0;
    bool m_bold = false;
    bool m_italic = false;
};

} // namespace cpd
