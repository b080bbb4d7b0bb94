#include "PdfFontResource.h"

#include "PdfFileWriter.h"
#include "PdfSyntax.h"
#include "TrueTypeSubset.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace cpd {
namespace {

quint16 u16(const QByteArray& table, qsizetype at)
{
    return qFromBigEndian<quint16>(table.constData() + at);
}

// The font's PostScript-like name without spaces: "DejaVuSans-Bold".
QByteArray baseName(const QRawFont& font)
{
    QByteArray name = font.familyName().toLatin1();
    const QByteArray style = font.styleName().toLatin1();
    if (!style.isEmpty() && style != "Book" && style != "Regular")
        name += '-' + style;
    name.removeIf(
        [](char c) { return !(std::isalnum(static_cast<unsigned char>(c)) || c == '-'); });
    return name.isEmpty() ? QByteArray("Font") : name;
}

} // namespace

Result<PdfFontResource> PdfFontResource::load(const QRawFont& font)
{
    PdfFontResource out;
    for (const char* tag : {"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cvt ", "fpgm", "prep"})
        out.m_tables.insert(QByteArray(tag), font.fontTable(tag));
    const QByteArray head = out.m_tables.value("head");
    const QByteArray hhea = out.m_tables.value("hhea");
    const QByteArray hmtx = out.m_tables.value("hmtx");
    const QByteArray maxp = out.m_tables.value("maxp");
    const QString name = font.familyName();
    if (out.m_tables.value("glyf").isEmpty())
        return fail(
            QCoreApplication::translate("PdfRenderer", "The font \"%1\" has no TrueType outlines.")
                .arg(name));
    if (head.size() < 54 || hhea.size() < 36 || maxp.size() < 6)
        return fail(QCoreApplication::translate("PdfRenderer", "The font \"%1\" could not be read.")
                        .arg(name));
    out.m_font = font;
    out.m_family = name;
    out.m_key = name + QLatin1Char('|') + font.styleName();
    out.m_baseName = baseName(font);
    out.m_unitsPerEm = qMax<int>(16, u16(head, 18));
    for (int i = 0; i < 4; ++i)
        out.m_bbox[i] = qint16(u16(head, 36 + 2 * i));
    const quint16 macStyle = u16(head, 44);
    out.m_bold = macStyle & 1;
    out.m_italic = macStyle & 2;
    out.m_ascender = qint16(u16(hhea, 4));
    out.m_descender = qint16(u16(hhea, 6));
    const int glyphs = u16(maxp, 4);
    const int metrics = qMin<int>(u16(hhea, 34), int(hmtx.size() / 4));
    if (metrics == 0)
        return fail(QCoreApplication::translate("PdfRenderer", "The font \"%1\" could not be read.")
                        .arg(name));
    out.m_widths.resize(std::size_t(qMax(glyphs, metrics)));
    const double scale = 1000.0 / out.m_unitsPerEm;
    for (std::size_t g = 0; g < out.m_widths.size(); ++g) {
        // Glyphs past the last metric share its advance.
        const quint16 advance = u16(hmtx, 4 * qsizetype(qMin<std::size_t>(g, metrics - 1)));
        out.m_widths[g] = std::round(advance * scale * 100) / 100;
    }
    out.m_used.assign(out.m_widths.size(), false);
    out.m_toUnicode.assign(out.m_widths.size(), 0);
    out.m_capHeight = font.capHeight() / font.pixelSize() * out.m_unitsPerEm;
    const QByteArray post = font.fontTable("post");
    if (post.size() >= 8)
        out.m_italicAngle = qint32(qFromBigEndian<quint32>(post.constData() + 4)) / 65536.0;
    return out;
}

double PdfFontResource::width(quint32 glyph) const
{
    return glyph < m_widths.size() ? m_widths[glyph] : 0;
}

void PdfFontResource::use(quint32 glyph)
{
    if (glyph < m_used.size())
        m_used[glyph] = true;
}

void PdfFontResource::seal(const QSet<char32_t>& shown)
{
    if (!m_font.isValid())
        return;
    for (char32_t c : shown) {
        const QList<quint32> g = m_font.glyphIndexesForString(QString::fromUcs4(&c, 1));
        if (g.size() == 1 && g[0] != 0 && g[0] < m_used.size() && m_used[g[0]] &&
            m_toUnicode[g[0]] == 0)
            m_toUnicode[g[0]] = c;
    }
    m_font = QRawFont();
}

void PdfFontResource::merge(const PdfFontResource& other)
{
    const std::size_t n = qMin(m_used.size(), other.m_used.size());
    for (std::size_t g = 0; g < n; ++g) {
        if (!other.m_used[g])
            continue;
        m_used[g] = true;
        if (m_toUnicode[g] == 0)
            m_toUnicode[g] = other.m_toUnicode[g];
    }
}

Status PdfFontResource::write(PdfFileWriter& file, int id) const
{
    QList<quint32> used;
    for (std::size_t g = 0; g < m_used.size(); ++g)
        if (m_used[g])
            used << quint32(g);
    const Result<QByteArray> subset = TrueTypeSubset::make(
        [this](const char* tag) { return m_tables.value(QByteArray(tag)); }, used);
    if (!subset)
        return fail(QCoreApplication::translate("PdfRenderer", "The font \"%1\" could not be read.")
                        .arg(m_family) +
                    QLatin1Char(' ') + subset.error().message);

    // A subset's name starts with six capital letters of its own.
    const size_t hash = qHash(used, qHash(m_baseName));
    QByteArray tag(6, 'A');
    for (int i = 0; i < 6; ++i)
        tag[i] = char('A' + (hash >> (5 * i)) % 26);
    const QByteArray name = '/' + tag + '+' + m_baseName;

    const int cid = file.reserve();
    const int descriptor = file.reserve();
    const int fontFile = file.reserve();
    const int toUnicode = file.reserve();
    const auto ref = [](int object) -> QByteArray { return QByteArray::number(object) + " 0 R"; };
    const auto units = [this](double v) -> QByteArray {
        return PdfSyntax::number(v * 1000.0 / m_unitsPerEm);
    };

    file.object(id, "<< /Type /Font /Subtype /Type0 /BaseFont " + name +
                        " /Encoding /Identity-H /DescendantFonts [" + ref(cid) + "] /ToUnicode " +
                        ref(toUnicode) + " >>");

    QByteArray widths("[");
    for (qsizetype i = 0; i < used.size();) {
        qsizetype j = i;
        widths += QByteArray::number(used[i]) + " [";
        while (j < used.size() && used[j] == used[i] + quint32(j - i)) {
            if (j > i)
                widths += ' ';
            PdfSyntax::appendNumber(widths, m_widths[used[j]]);
            ++j;
        }
        widths += "] ";
        i = j;
    }
    widths += ']';
    file.object(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name +
                         " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement "
                         "0 >> /FontDescriptor " +
                         ref(descriptor) + " /CIDToGIDMap /Identity /W " + widths + " >>");

    // Flags: nonsymbolic (32), italic (64).
    const int flags = 32 | (m_italic || m_italicAngle != 0 ? 64 : 0);
    file.object(descriptor, "<< /Type /FontDescriptor /FontName " + name + " /Flags " +
                                QByteArray::number(flags) + " /FontBBox [" + units(m_bbox[0]) +
                                ' ' + units(m_bbox[1]) + ' ' + units(m_bbox[2]) + ' ' +
                                units(m_bbox[3]) + "] /ItalicAngle " +
                                PdfSyntax::number(m_italicAngle) + " /Ascent " + units(m_ascender) +
                                " /Descent " + units(m_descender) + " /CapHeight " +
                                units(m_capHeight) + " /StemV " + (m_bold ? "120" : "80") +
                                " /FontFile2 " + ref(fontFile) + " >>");
    file.stream(fontFile, " /Length1 " + QByteArray::number(subset->size()), *subset);

    // Each used glyph back to the character that made it (seal()): the body font's letter
    // spacing keeps ligatures out, so each glyph is one character.
    std::vector<std::pair<quint32, char32_t>> map;
    for (quint32 g : std::as_const(used))
        if (m_toUnicode[g] != 0)
            map.emplace_back(g, m_toUnicode[g]);
    QByteArray cmap("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                    "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    for (std::size_t i = 0; i < map.size(); i += 100) {
        const std::size_t n = qMin<std::size_t>(100, map.size() - i);
        cmap += QByteArray::number(qulonglong(n)) + " beginbfchar\n";
        for (std::size_t k = i; k < i + n; ++k) {
            cmap += '<';
            PdfSyntax::appendHex4(cmap, map[k].first);
            cmap += "> <";
            const QString s = QString::fromUcs4(&map[k].second, 1);
            for (QChar unit : s)
                PdfSyntax::appendHex4(cmap, unit.unicode());
            cmap += ">\n";
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    file.stream(toUnicode, {}, cmap);
    return {};
}

} // namespace cpd
