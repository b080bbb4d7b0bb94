#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QHash>
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
//
// The tables it needs are copied when it is loaded, and seal() maps the glyphs back to text and
// lets go of the QRawFont: a sealed resource may outlive the thread whose fonts made it, and be
// merged with the same font's resource from another thread.
class PdfFontResource
{
public:
    static Result<PdfFontResource> load(const QRawFont& font);

    // The glyph's advance in thousandths of the font size, as the PDF's /W array gives it.
    double width(quint32 glyph) const;
    void use(quint32 glyph);
    bool isBold() const { return m_bold; }
    bool isItalic() const { return m_italic; }

    // The font file it comes from (family and style): resources with the same key merge.
    QString key() const { return m_key; }

    // Maps the glyphs used to the characters (of those shown) that the font's character map
    // gives them, and lets go of the QRawFont. Call on the thread that loaded it.
    void seal(const QSet<char32_t>& shown);
    // Adds the glyphs other uses, and their characters (both sealed, with the same key).
    void merge(const PdfFontResource& other);

    // Writes the sealed font as object id.
    Status write(PdfFileWriter& file, int id) const;

private:
    QRawFont m_font; // until sealed
    QString m_key;
    QString m_family;
    QByteArray m_baseName;
    QHash<QByteArray, QByteArray> m_tables; // those TrueTypeSubset reads, by tag
    double m_capHeight = 0;                 // font units
    std::vector<char32_t> m_toUnicode;      // by glyph id; 0 where unknown
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
