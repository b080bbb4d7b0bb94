#include "TrueTypeSubset.h"

#include <QCoreApplication>
#include <QRawFont>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <vector>

namespace cpd {

namespace {

// The sfnt format is big-endian throughout.
quint16 u16(const char* p)
{
    return quint16((quint16(uchar(p[0])) << 8) | uchar(p[1]));
}

quint32 u32(const char* p)
{
    return (quint32(uchar(p[0])) << 24) | (quint32(uchar(p[1])) << 16) |
           (quint32(uchar(p[2])) << 8) | uchar(p[3]);
}

void put16(char* p, quint16 v)
{
    p[0] = char(v >> 8);
    p[1] = char(v);
}

void put32(char* p, quint32 v)
{
    p[0] = char(v >> 24);
    p[1] = char(v >> 16);
    p[2] = char(v >> 8);
    p[3] = char(v);
}

qsizetype padded(qsizetype size)
{
    return (size + 3) & ~qsizetype(3);
}

// The sum of the big-endian 32-bit words of data, the last one padded with zeros.
quint32 checksum(const char* data, qsizetype size)
{
    quint32 sum = 0;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4)
        sum += u32(data + i);
    if (i < size) {
        char last[4] = {};
        std::memcpy(last, data + i, std::size_t(size - i));
        sum += u32(last);
    }
    return sum;
}

// Where fields live in the tables we rewrite (OpenType spec, 'head', 'hhea', 'maxp').
constexpr qsizetype kHeadChecksumAdjustment = 8;
constexpr qsizetype kHeadMagic = 12;
constexpr qsizetype kHeadIndexToLocFormat = 50;
constexpr qsizetype kHeadSize = 54;
constexpr quint32 kHeadMagicNumber = 0x5F0F3CF5;
constexpr qsizetype kHheaNumberOfHMetrics = 34;
constexpr qsizetype kHheaSize = 36;
constexpr qsizetype kMaxpNumGlyphs = 4;
constexpr qsizetype kMaxpSize = 6;
constexpr quint32 kChecksumMagic = 0xB1B0AFBA;
constexpr qsizetype kGlyphHeaderSize = 10;

// Composite glyph component flags.
constexpr quint16 kArg1And2AreWords = 0x0001;
constexpr quint16 kWeHaveAScale = 0x0008;
constexpr quint16 kMoreComponents = 0x0020;
constexpr quint16 kWeHaveAnXAndYScale = 0x0040;
constexpr quint16 kWeHaveATwoByTwo = 0x0080;

QString missingTable(const char* tag)
{
    return QCoreApplication::translate("TrueTypeSubset", "The font has no '%1' table.")
        .arg(QLatin1StringView(tag));
}

QString shortTable(const char* tag, qsizetype size)
{
    return QCoreApplication::translate("TrueTypeSubset",
                                       "The font's '%1' table is too short (%2 bytes).")
        .arg(QLatin1StringView(tag))
        .arg(size);
}

QString brokenGlyph(quint32 id)
{
    return QCoreApplication::translate("TrueTypeSubset",
                                       "The font's outline of glyph %1 is broken (it ends too "
                                       "early).")
        .arg(id);
}

// One table of the subset: where its bytes come from, and where they go in the file.
struct OutTable
{
    std::array<char, 4> tag;
    const char* source = nullptr; // copied as it is (size bytes); null for glyf and loca
    qsizetype size = 0;
    qsizetype offset = 0;
};

} // namespace

Result<QByteArray> TrueTypeSubset::make(const QRawFont& font, const QList<quint32>& glyphs)
{
    if (!font.isValid())
        return fail(QCoreApplication::translate("TrueTypeSubset", "The font could not be read."));
    auto subset = make([&font](const char* tag) { return font.fontTable(tag); }, glyphs);
    if (!subset) {
        return fail(QCoreApplication::translate("TrueTypeSubset", "Font \u201c%1\u201d: %2")
                        .arg(font.familyName(), subset.error().message));
    }
    return subset;
}

Result<QByteArray> TrueTypeSubset::make(const TableReader& table, const QList<quint32>& glyphs)
{
    const QByteArray glyf = table("glyf");
    if (glyf.isEmpty()) {
        if (!table("CFF ").isEmpty() || !table("CFF2").isEmpty()) {
            return fail(QCoreApplication::translate(
                "TrueTypeSubset", "The font has PostScript (CFF) outlines; only TrueType fonts "
                                  "(with 'glyf' outlines) can be embedded."));
        }
        return fail(missingTable("glyf"));
    }
    const QByteArray head = table("head");
    const QByteArray hhea = table("hhea");
    const QByteArray hmtx = table("hmtx");
    const QByteArray maxp = table("maxp");
    const QByteArray loca = table("loca");
    const std::array<std::pair<const char*, const QByteArray*>, 5> required{
        {{"head", &head}, {"hhea", &hhea}, {"hmtx", &hmtx}, {"maxp", &maxp}, {"loca", &loca}}};
    for (const auto& [tag, data] : required) {
        if (data->isEmpty())
            return fail(missingTable(tag));
    }
    if (head.size() < kHeadSize)
        return fail(shortTable("head", head.size()));
    if (hhea.size() < kHheaSize)
        return fail(shortTable("hhea", hhea.size()));
    if (maxp.size() < kMaxpSize)
        return fail(shortTable("maxp", maxp.size()));
    if (u32(head.constData() + kHeadMagic) != kHeadMagicNumber) {
        return fail(QCoreApplication::translate("TrueTypeSubset",
                                                "The font's 'head' table is not a font header."));
    }

    const quint16 locFormat = u16(head.constData() + kHeadIndexToLocFormat);
    if (locFormat > 1) {
        return fail(QCoreApplication::translate("TrueTypeSubset",
                                                "The font's 'head' table gives an unknown 'loca' "
                                                "format (%1).")
                        .arg(locFormat));
    }
    const bool longLoca = locFormat == 1;
    const quint32 numGlyphs = u16(maxp.constData() + kMaxpNumGlyphs);
    if (numGlyphs == 0) {
        return fail(
            QCoreApplication::translate("TrueTypeSubset", "The font has no glyphs ('maxp')."));
    }
    if (loca.size() < qsizetype(numGlyphs + 1) * (longLoca ? 4 : 2))
        return fail(shortTable("loca", loca.size()));
    const char* const locaData = loca.constData();
    const auto offset = [locaData, longLoca](quint32 id) -> qsizetype {
        return longLoca ? qsizetype(u32(locaData + 4 * qsizetype(id)))
                        : 2 * qsizetype(u16(locaData + 2 * qsizetype(id)));
    };
    // Checked once for all glyphs, so that reading any glyph below stays inside glyf.
    for (quint32 id = 0; id < numGlyphs; ++id) {
        if (offset(id) > offset(id + 1)) {
            return fail(QCoreApplication::translate("TrueTypeSubset",
                                                    "The font's 'loca' table is not in ascending "
                                                    "order (at glyph %1).")
                            .arg(id));
        }
    }
    if (offset(numGlyphs) > glyf.size()) {
        return fail(QCoreApplication::translate("TrueTypeSubset",
                                                "The font's 'loca' table points past the end of "
                                                "its 'glyf' table (%1 > %2 bytes).")
                        .arg(offset(numGlyphs))
                        .arg(glyf.size()));
    }

    const quint32 hMetrics = u16(hhea.constData() + kHheaNumberOfHMetrics);
    if (hMetrics == 0 || hMetrics > numGlyphs) {
        return fail(QCoreApplication::translate("TrueTypeSubset",
                                                "The font's 'hhea' table gives %1 horizontal "
                                                "metrics for %2 glyphs.")
                        .arg(hMetrics)
                        .arg(numGlyphs));
    }
    if (hmtx.size() < qsizetype(hMetrics) * 4 + qsizetype(numGlyphs - hMetrics) * 2)
        return fail(shortTable("hmtx", hmtx.size()));

    // The glyphs to keep: those asked for, .notdef, and the components of composites, found by
    // walking each kept glyph once (which also stops at cycles).
    std::vector<quint8> keep(numGlyphs, 0);
    std::vector<quint32> todo;
    todo.reserve(numGlyphs); // each glyph goes in once at most: never grows
    const auto add = [&](quint32 id) {
        if (!keep[id]) {
            keep[id] = 1;
            todo.push_back(id);
        }
    };
    add(0);
    for (const quint32 id : glyphs) {
        if (id >= numGlyphs) {
            return fail(QCoreApplication::translate("TrueTypeSubset",
                                                    "Glyph %1 is not in the font (it has %2 "
                                                    "glyphs).")
                            .arg(id)
                            .arg(numGlyphs));
        }
        add(id);
    }
    quint32 highest = 0;
    const char* const glyfData = glyf.constData();
    while (!todo.empty()) {
        const quint32 id = todo.back();
        todo.pop_back();
        highest = std::max(highest, id);
        const qsizetype start = offset(id);
        const qsizetype length = offset(id + 1) - start;
        if (length == 0)
            continue; // no outline (a space)
        if (length < kGlyphHeaderSize)
            return fail(brokenGlyph(id));
        const char* const glyph = glyfData + start;
        if (qint16(u16(glyph)) >= 0)
            continue; // a simple glyph
        qsizetype at = kGlyphHeaderSize;
        for (;;) {
            if (at + 4 > length)
                return fail(brokenGlyph(id));
            const quint16 flags = u16(glyph + at);
            const quint32 component = u16(glyph + at + 2);
            if (component >= numGlyphs) {
                return fail(QCoreApplication::translate("TrueTypeSubset",
                                                        "The font's glyph %1 is made of glyph %2, "
                                                        "which is not in the font.")
                                .arg(id)
                                .arg(component));
            }
            add(component);
            at += 4 + ((flags & kArg1And2AreWords) ? 4 : 2);
            if (flags & kWeHaveAScale)
                at += 2;
            else if (flags & kWeHaveAnXAndYScale)
                at += 4;
            else if (flags & kWeHaveATwoByTwo)
                at += 8;
            if (at > length)
                return fail(brokenGlyph(id));
            if (!(flags & kMoreComponents))
                break;
        }
    }

    // Lay the file out: the tables sorted by tag, each at a 4-byte boundary.
    const quint32 count = highest + 1;
    qsizetype glyfSize = 0;
    for (quint32 id = 0; id < count; ++id) {
        if (keep[id])
            glyfSize += padded(offset(id + 1) - offset(id));
    }
    const quint32 newHMetrics = std::min(hMetrics, count);
    // hmtx is newHMetrics (advance, lsb) pairs, then an lsb for each glyph after them: the same
    // layout as the original's prefix of that size.
    const qsizetype hmtxSize = qsizetype(newHMetrics) * 4 + qsizetype(count - newHMetrics) * 2;

    std::array<OutTable, 9> tables;
    std::size_t numTables = 0;
    const auto plan = [&](const char* tag, const char* source, qsizetype size) {
        OutTable& t = tables[numTables++];
        std::memcpy(t.tag.data(), tag, 4);
        t.source = source;
        t.size = size;
    };
    const QByteArray cvt = table("cvt ");
    const QByteArray fpgm = table("fpgm");
    const QByteArray prep = table("prep");
    if (!cvt.isEmpty())
        plan("cvt ", cvt.constData(), cvt.size());
    if (!fpgm.isEmpty())
        plan("fpgm", fpgm.constData(), fpgm.size());
    plan("glyf", nullptr, glyfSize);
    plan("head", head.constData(), head.size());
    plan("hhea", hhea.constData(), hhea.size());
    plan("hmtx", hmtx.constData(), hmtxSize);
    plan("loca", nullptr, (qsizetype(count) + 1) * 4);
    plan("maxp", maxp.constData(), maxp.size());
    if (!prep.isEmpty())
        plan("prep", prep.constData(), prep.size());
    std::sort(tables.begin(), tables.begin() + qsizetype(numTables),
              [](const OutTable& a, const OutTable& b) { return a.tag < b.tag; });

    constexpr qsizetype kHeaderSize = 12;
    constexpr qsizetype kEntrySize = 16;
    qsizetype fileSize = kHeaderSize + kEntrySize * qsizetype(numTables);
    for (std::size_t i = 0; i < numTables; ++i) {
        tables[i].offset = fileSize;
        fileSize += padded(tables[i].size);
    }
    QByteArray file(fileSize, '\0');
    char* const out = file.data();

    std::size_t power = 1; // the largest power of two <= numTables, for the binary search fields
    quint16 log2 = 0;
    while (power * 2 <= numTables) {
        power *= 2;
        ++log2;
    }
    put32(out, 0x00010000); // TrueType outlines
    put16(out + 4, quint16(numTables));
    put16(out + 6, quint16(power * kEntrySize));
    put16(out + 8, log2);
    put16(out + 10, quint16((numTables - power) * kEntrySize));

    char* headOut = nullptr;
    char* glyfOut = nullptr;
    char* locaOut = nullptr;
    char* hmtxOut = nullptr;
    for (std::size_t i = 0; i < numTables; ++i) {
        const OutTable& t = tables[i];
        char* const data = out + t.offset;
        if (t.source)
            std::memcpy(data, t.source, std::size_t(t.size));
        const std::string_view tag(t.tag.data(), 4);
        if (tag == "head") {
            headOut = data;
            put32(data + kHeadChecksumAdjustment, 0); // summed as zero, set last
            put16(data + kHeadIndexToLocFormat, 1);
        } else if (tag == "hhea") {
            put16(data + kHheaNumberOfHMetrics, quint16(newHMetrics));
        } else if (tag == "maxp") {
            put16(data + kMaxpNumGlyphs, quint16(count));
        } else if (tag == "glyf") {
            glyfOut = data;
        } else if (tag == "loca") {
            locaOut = data;
        } else if (tag == "hmtx") {
            hmtxOut = data;
        }
    }
    // glyf, loca and hmtx together: the kept outlines as they are, every other glyph empty and
    // its metrics zero (which deflate to almost nothing in the PDF).
    quint32 position = 0;
    for (quint32 id = 0; id < count; ++id) {
        put32(locaOut + 4 * qsizetype(id), position);
        if (!keep[id]) {
            // The last advance also serves every glyph after it: only its lsb may go.
            if (id + 1 == newHMetrics)
                std::memset(hmtxOut + 4 * qsizetype(id) + 2, 0, 2);
            else if (id < newHMetrics)
                std::memset(hmtxOut + 4 * qsizetype(id), 0, 4);
            else
                std::memset(hmtxOut + 4 * qsizetype(newHMetrics) + 2 * qsizetype(id - newHMetrics),
                            0, 2);
            continue;
        }
        const qsizetype start = offset(id);
        const qsizetype length = offset(id + 1) - start;
        std::memcpy(glyfOut + position, glyfData + start, std::size_t(length));
        position += quint32(padded(length));
    }
    put32(locaOut + 4 * qsizetype(count), position);

    for (std::size_t i = 0; i < numTables; ++i) {
        const OutTable& t = tables[i];
        char* const entry = out + kHeaderSize + kEntrySize * qsizetype(i);
        std::memcpy(entry, t.tag.data(), 4);
        put32(entry + 4, checksum(out + t.offset, t.size));
        put32(entry + 8, quint32(t.offset));
        put32(entry + 12, quint32(t.size));
    }
    put32(headOut + kHeadChecksumAdjustment, kChecksumMagic - checksum(out, fileSize));
    return file;
}

} // namespace cpd
