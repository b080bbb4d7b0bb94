#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>

#include <functional>

class QRawFont;

namespace cpd {

// A TrueType font cut down to the glyphs a PDF uses, glyph ids unchanged (for a CIDFontType2 with
// /CIDToGIDMap /Identity): the outlines of the other glyphs are emptied (and their hmtx metrics
// zeroed) and the font ends at the highest glyph used. Fonts without 'glyf' outlines (CFF) are an
// error.
//
// The result holds head, hhea, hmtx, maxp, loca (long format) and glyf, plus cvt, fpgm and prep
// when the font has them (the hinting programs may refer to them). cmap, name, post, OS/2 and the
// layout tables are left out: a CIDFontType2 with an Identity mapping does not read them.
class TrueTypeSubset
{
public:
    // glyphs: the glyph ids used (any order, duplicates allowed); glyph 0 (.notdef) is always kept,
    // and the components of composite glyphs are added.
    static Result<QByteArray> make(const QRawFont& font, const QList<quint32>& glyphs);

    // The same over any source of tables: table(tag) returns the table with that four-letter tag
    // ("glyf", "cvt "), or an empty array when the font has none. make(QRawFont) reads through
    // QRawFont::fontTable; tests hand in broken tables here.
    using TableReader = std::function<QByteArray(const char* tag)>;
    static Result<QByteArray> make(const TableReader& table, const QList<quint32>& glyphs);
};

} // namespace cpd
