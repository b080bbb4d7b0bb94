// TrueTypeSubset on the real DejaVu Sans: the subset loads in FreeType (through QRawFont) with the
// kept glyphs' outlines and advances unchanged and the others empty, composites keep their
// components, the sfnt directory and checksums are right, and broken tables give an error.
#include "pdf/TrueTypeSubset.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QPainterPath>
#include <QRawFont>
#include <QTest>

#include <algorithm>
#include <functional>
#include <set>

using namespace cpd;

namespace {

const QString kFontPath = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

// Text with ~120 different glyphs: printable ASCII and the accented letters of UK and Welsh names.
QString sampleText()
{
    QString text;
    for (char16_t c = 0x20; c < 0x7F; ++c)
        text += QChar(c);
    text += QStringLiteral("éèêëáàâäíìîïóòôöúùûüýÿŵŷÅÉÇçñ–—‘’“”£€•");
    return text;
}

quint16 u16(const QByteArray& b, qsizetype at)
{
    return quint16((quint16(uchar(b[at])) << 8) | uchar(b[at + 1]));
}

quint32 u32(const QByteArray& b, qsizetype at)
{
    return (quint32(u16(b, at)) << 16) | u16(b, at + 2);
}

void put16(QByteArray& b, qsizetype at, quint16 v)
{
    b[at] = char(v >> 8);
    b[at + 1] = char(v);
}

void put32(QByteArray& b, qsizetype at, quint32 v)
{
    put16(b, at, quint16(v >> 16));
    put16(b, at + 2, quint16(v));
}

quint32 sum(const QByteArray& data)
{
    QByteArray padded = data;
    padded.append((4 - data.size() % 4) % 4, '\0');
    quint32 total = 0;
    for (qsizetype i = 0; i < padded.size(); i += 4)
        total += u32(padded, i);
    return total;
}

// An sfnt file's tables by tag, read from its directory (cut short where the file is).
using Tables = QHash<QByteArray, QByteArray>;

Tables tablesOf(const QByteArray& file)
{
    Tables tables;
    const int count = u16(file, 4);
    for (int i = 0; i < count; ++i) {
        const qsizetype entry = 12 + 16 * qsizetype(i);
        if (entry + 16 > file.size())
            break;
        tables.insert(file.mid(entry, 4), file.mid(u32(file, entry + 8), u32(file, entry + 12)));
    }
    return tables;
}

TrueTypeSubset::TableReader readerOf(const Tables& tables)
{
    return [&tables](const char* tag) { return tables.value(QByteArray(tag, 4)); };
}

// A glyph's place in glyf, from head and loca.
struct Glyf
{
    explicit Glyf(const Tables& t) : loca(t.value("loca")), glyf(t.value("glyf"))
    {
        longLoca = u16(t.value("head"), 50) == 1;
    }
    qsizetype offset(quint32 id) const
    {
        return longLoca ? qsizetype(u32(loca, 4 * id)) : 2 * qsizetype(u16(loca, 2 * id));
    }
    void setOffset(quint32 id, quint32 value)
    {
        if (longLoca)
            put32(loca, 4 * id, value);
        else
            put16(loca, 2 * id, quint16(value / 2));
    }
    qsizetype length(quint32 id) const { return offset(id + 1) - offset(id); }
    bool composite(quint32 id) const { return length(id) > 0 && qint16(u16(glyf, offset(id))) < 0; }

    // The glyphs ids keeps: .notdef, ids and the components of composites, recursively.
    std::set<quint32> closure(const QList<quint32>& ids) const
    {
        std::set<quint32> kept{0};
        QList<quint32> todo = ids;
        while (!todo.isEmpty()) {
            const quint32 id = todo.takeLast();
            if (!kept.insert(id).second || !composite(id))
                continue;
            for (qsizetype at = offset(id) + 10;;) {
                const quint16 flags = u16(glyf, at);
                todo << u16(glyf, at + 2);
                at += 4 + ((flags & 0x1) ? 4 : 2) + ((flags & 0x8) ? 2 : 0) +
                      ((flags & 0x40) ? 4 : 0) + ((flags & 0x80) ? 8 : 0);
                if (!(flags & 0x20))
                    break;
            }
        }
        return kept;
    }

    QByteArray loca;
    QByteArray glyf;
    bool longLoca = false;
};

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s (scripts/install-deps.sh installs fonts-dejavu-core)",
               qPrintable(path));
    return f.readAll();
}

// Why two outlines differ, or an empty string when they are the same.
QString pathDifference(const QPainterPath& a, const QPainterPath& b)
{
    if (a.elementCount() != b.elementCount())
        return QStringLiteral("%1 elements, not %2").arg(a.elementCount()).arg(b.elementCount());
    for (int i = 0; i < a.elementCount(); ++i) {
        const QPainterPath::Element x = a.elementAt(i);
        const QPainterPath::Element y = b.elementAt(i);
        if (x.type != y.type || x.x != y.x || x.y != y.y)
            return QStringLiteral("element %1: (%2, %3) not (%4, %5)")
                .arg(i)
                .arg(x.x)
                .arg(x.y)
                .arg(y.x)
                .arg(y.y);
    }
    return {};
}

// Breaks a copy of the font's tables; the composite glyph is given for breaking it.
using Break = std::function<void(Tables&, quint32 composite)>;

// Changes glyf and loca through change and puts them back.
void changeGlyf(Tables& tables, const std::function<void(Glyf&)>& change)
{
    Glyf glyf(tables);
    change(glyf);
    tables["glyf"] = glyf.glyf;
    tables["loca"] = glyf.loca;
}

QList<quint32> glyphsOf(const QRawFont& font, const QString& text)
{
    const QList<quint32> ids = font.glyphIndexesForString(text);
    std::set<quint32> distinct(ids.begin(), ids.end());
    return {distinct.begin(), distinct.end()};
}

} // namespace

Q_DECLARE_METATYPE(Break)

class TestTrueTypeSubset : public QObject
{
    Q_OBJECT

private:
    QByteArray m_file;
    Tables m_tables;
    QRawFont m_font;

    // A composite glyph of the sample text (DejaVu Sans builds accented letters from parts).
    quint32 compositeGlyph() const
    {
        const Glyf glyf(m_tables);
        for (const quint32 id : glyphsOf(m_font, sampleText())) {
            if (glyf.composite(id))
                return id;
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        m_file = readFile(kFontPath);
        m_tables = tablesOf(m_file);
        m_font = QRawFont(kFontPath, 12);
        QVERIFY(m_font.isValid());
        QVERIFY(m_tables.contains("glyf"));
    }

    // The four faces of fonts-dejavu-core, each with FreeType's three kinds of hinting.
    void keepsOutlinesAndAdvances_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("hinting");
        const QList<std::pair<const char*, QFont::HintingPreference>> hintings{
            {"default hinting", QFont::PreferDefaultHinting},
            {"no hinting", QFont::PreferNoHinting},
            {"full hinting", QFont::PreferFullHinting}};
        for (const char* name :
             {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSerif", "DejaVuSansMono"}) {
            for (const auto& [label, hinting] : hintings) {
                QTest::addRow("%s, %s", name, label)
                    << QStringLiteral("/usr/share/fonts/truetype/dejavu/%1.ttf")
                           .arg(QLatin1StringView(name))
                    << int(hinting);
            }
        }
    }

    void keepsOutlinesAndAdvances()
    {
        QFETCH(QString, fileName);
        QFETCH(int, hinting);
        const auto preference = QFont::HintingPreference(hinting);
        const QByteArray file = readFile(fileName);
        const Tables tables = tablesOf(file);
        const QRawFont original(file, 12, preference);
        QVERIFY(original.isValid());
        // The sample text and the font's last glyph, which in all but DejaVu Serif is past
        // hhea.numberOfHMetrics: it has no advance of its own in hmtx but the last one's.
        const quint32 numGlyphs = u16(tables.value("maxp"), 4);
        QList<quint32> used = glyphsOf(original, sampleText());
        QVERIFY2(used.size() > 100, qPrintable(QString::number(used.size())));
        used << numGlyphs - 1;
        QList<quint32> asked = used;
        asked << used.first() << used.last(); // duplicates are allowed
        std::reverse(asked.begin(), asked.end());

        const Result<QByteArray> subset = TrueTypeSubset::make(original, asked);
        QVERIFY2(subset, qPrintable(subset ? QString() : subset.error().message));
        const QRawFont font(*subset, 12, preference);
        QVERIFY(font.isValid());
        QVERIFY2(subset->size() * 5 < file.size(),
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(subset->size()).arg(file.size())));
        QCOMPARE(u16(tablesOf(*subset).value("maxp"), 4), numGlyphs);

        QList<quint32> kept = used;
        kept.prepend(0);
        for (const quint32 id : kept) {
            const QPainterPath path = font.pathForGlyph(id);
            const QString diff = pathDifference(path, original.pathForGlyph(id));
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("glyph %1: %2").arg(id).arg(diff)));
        }
        QCOMPARE(font.advancesForGlyphIndexes(kept), original.advancesForGlyphIndexes(kept));

        // Glyphs below the highest kept one that were not asked for are there, but empty (the
        // first 300 of them looked at through FreeType: enough, and fast).
        const Glyf before(tables);
        const Glyf after(tablesOf(*subset));
        int emptied = 0;
        for (quint32 id = 1; id < used.last() && emptied < 300; ++id) {
            if (after.length(id) == 0 && before.length(id) > 0) {
                QVERIFY(!kept.contains(id));
                QVERIFY(!original.pathForGlyph(id).isEmpty());
                QVERIFY2(font.pathForGlyph(id).isEmpty(), qPrintable(QString::number(id)));
                ++emptied;
            }
        }
        QVERIFY(emptied > 100);
    }

    void compositeKeepsItsComponents()
    {
        const quint32 composite = compositeGlyph();
        QVERIFY2(composite != 0, "no composite glyph in the sample text");
        const Result<QByteArray> subset = TrueTypeSubset::make(m_font, {composite});
        QVERIFY2(subset, qPrintable(subset ? QString() : subset.error().message));
        const QRawFont font(*subset, 12);
        QVERIFY(font.isValid());
        const QPainterPath path = font.pathForGlyph(composite);
        QVERIFY(!path.isEmpty());
        const QString diff = pathDifference(path, m_font.pathForGlyph(composite));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Only .notdef, the composite and its parts have outlines, and the font ends at the last.
        const std::set<quint32> parts = Glyf(m_tables).closure({composite});
        QVERIFY(parts.size() >= 4);
        const Glyf after(tablesOf(*subset));
        QVERIFY(after.composite(composite));
        const quint32 numGlyphs = u16(tablesOf(*subset).value("maxp"), 4);
        QCOMPARE(numGlyphs, *parts.rbegin() + 1);
        for (quint32 id = 0; id < numGlyphs; ++id) {
            const bool kept = parts.contains(id);
            QVERIFY2((after.length(id) > 0) == kept, qPrintable(QString::number(id)));
            if (kept && id != 0 && id != composite)
                QVERIFY(!font.pathForGlyph(id).isEmpty());
        }
    }

    void directoryAndChecksums_data()
    {
        QTest::addColumn<bool>("withLastGlyph");
        QTest::newRow("sample text") << false;
        // DejaVu Sans's last glyphs share the advance of glyph numberOfHMetrics - 1.
        QTest::newRow("sample text and the last glyph") << true;
    }

    void directoryAndChecksums()
    {
        QFETCH(bool, withLastGlyph);
        QList<quint32> used = glyphsOf(m_font, sampleText());
        const quint32 fontGlyphs = u16(m_tables.value("maxp"), 4);
        const quint32 fontHMetrics = u16(m_tables.value("hhea"), 34);
        QVERIFY(fontHMetrics < fontGlyphs);
        if (withLastGlyph)
            used << fontGlyphs - 1;
        const Result<QByteArray> subset = TrueTypeSubset::make(m_font, used);
        QVERIFY(subset);
        const QByteArray& file = *subset;

        QCOMPARE(u32(file, 0), 0x00010000u);
        const int count = u16(file, 4);
        int power = 1;
        int log2 = 0;
        while (power * 2 <= count) {
            power *= 2;
            ++log2;
        }
        QCOMPARE(int(u16(file, 6)), power * 16);
        QCOMPARE(int(u16(file, 8)), log2);
        QCOMPARE(int(u16(file, 10)), count * 16 - power * 16);

        QList<QByteArray> tags;
        for (int i = 0; i < count; ++i) {
            const qsizetype entry = 12 + 16 * i;
            const QByteArray tag = file.mid(entry, 4);
            const quint32 offset = u32(file, entry + 8);
            const quint32 length = u32(file, entry + 12);
            tags << tag;
            QCOMPARE(offset % 4, 0u);
            QVERIFY(offset + length <= quint32(file.size()));
            QByteArray data = file.mid(offset, length);
            if (tag == "head")
                put32(data, 8, 0); // checkSumAdjustment counts as zero in head's own sum
            QVERIFY2(sum(data) == u32(file, entry + 4), tag.constData());
        }
        QCOMPARE(tags, QList<QByteArray>({"cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca",
                                          "maxp", "prep"}));
        QCOMPARE(sum(file), 0xB1B0AFBAu);
        QCOMPARE(file.size() % 4, 0);

        // The counts agree: numGlyphs is the highest glyph used + 1, loca is long, and hmtx fits.
        const Tables tables = tablesOf(file);
        const quint32 numGlyphs = u16(tables.value("maxp"), 4);
        const std::set<quint32> kept = Glyf(m_tables).closure(used);
        QVERIFY(kept.size() > std::size_t(used.size()) + 1); // the accented letters' parts
        QCOMPARE(numGlyphs, *kept.rbegin() + 1);
        QCOMPARE(u16(tables.value("head"), 50), quint16(1));
        QCOMPARE(tables.value("loca").size(), qsizetype(numGlyphs + 1) * 4);
        const quint32 hMetrics = u16(tables.value("hhea"), 34);
        QCOMPARE(hMetrics, std::min(fontHMetrics, numGlyphs));
        QCOMPARE(tables.value("hmtx").size(), qsizetype(hMetrics * 4 + (numGlyphs - hMetrics) * 2));
        // hmtx: the original's metrics for the glyphs kept, zeros for the others.
        const QByteArray hmtx = tables.value("hmtx");
        const QByteArray original = m_tables.value("hmtx");
        for (quint32 id = 0; id < numGlyphs; ++id) {
            const qsizetype at = id < hMetrics ? 4 * id : 4 * hMetrics + 2 * (id - hMetrics);
            const qsizetype size = id < hMetrics ? 4 : 2;
            QByteArray expected = kept.contains(id) ? original.mid(at, size) : QByteArray(size, 0);
            if (id + 1 == hMetrics && !kept.contains(id))
                expected = original.mid(at, 2) + QByteArray(2, 0); // the advance of those after
            QVERIFY2(hmtx.mid(at, size) == expected, qPrintable(QString::number(id)));
        }
        QCOMPARE(tables.value("fpgm"), m_tables.value("fpgm"));
        QCOMPARE(tables.value("prep"), m_tables.value("prep"));
        QCOMPARE(tables.value("cvt "), m_tables.value("cvt "));
    }

    // Keeping .notdef alone gives a one-glyph font, and hmtx shrinks to one (advance, lsb) pair.
    void notdefOnly()
    {
        const Result<QByteArray> subset = TrueTypeSubset::make(m_font, {});
        QVERIFY(subset);
        const Tables tables = tablesOf(*subset);
        QCOMPARE(u16(tables.value("maxp"), 4), quint16(1));
        QCOMPARE(u16(tables.value("hhea"), 34), quint16(1));
        QCOMPARE(tables.value("hmtx").size(), 4);
        QCOMPARE(sum(*subset), 0xB1B0AFBAu);
        const QRawFont font(*subset, 12);
        QVERIFY(font.isValid());
        QVERIFY(pathDifference(font.pathForGlyph(0), m_font.pathForGlyph(0)).isEmpty());
    }

    // Cutting a subset again with the same glyphs gives the same bytes, whether its loca is read
    // in the long format it was written in or rewritten in the short one (offsets / 2, 16 bits):
    // DejaVu's loca is long, so this is where the short format is read.
    void subsetOfSubsetWithShortLoca()
    {
        const QList<quint32> used = glyphsOf(m_font, sampleText());
        const Result<QByteArray> subset = TrueTypeSubset::make(m_font, used);
        QVERIFY(subset);
        const Tables tables = tablesOf(*subset);
        const Result<QByteArray> again = TrueTypeSubset::make(readerOf(tables), used);
        QVERIFY(again);
        QCOMPARE(*again, *subset);

        Tables shortTables = tables;
        const Glyf glyf(tables);
        const quint32 numGlyphs = u16(tables.value("maxp"), 4);
        QVERIFY(glyf.offset(numGlyphs) / 2 <= 0xFFFF);
        QByteArray shortLoca(2 * qsizetype(numGlyphs + 1), 0);
        for (quint32 id = 0; id <= numGlyphs; ++id)
            put16(shortLoca, 2 * id, quint16(glyf.offset(id) / 2));
        shortTables["loca"] = shortLoca;
        put16(shortTables["head"], 50, 0);
        const Result<QByteArray> fromShort = TrueTypeSubset::make(readerOf(shortTables), used);
        QVERIFY2(fromShort, qPrintable(fromShort ? QString() : fromShort.error().message));
        QCOMPARE(*fromShort, *subset);
    }

    // A composite that names itself as a component: kept once, no endless walk.
    void compositeCycle()
    {
        const quint32 composite = compositeGlyph();
        QVERIFY(composite != 0);
        Tables tables = m_tables;
        changeGlyf(tables, [composite](Glyf& g) {
            put16(g.glyf, g.offset(composite) + 12, quint16(composite));
        });
        const Result<QByteArray> subset = TrueTypeSubset::make(readerOf(tables), {composite});
        QVERIFY2(subset, qPrintable(subset ? QString() : subset.error().message));
        QCOMPARE(u16(tablesOf(*subset).value("maxp"), 4), quint16(composite + 1));
    }

    void brokenTables_data()
    {
        QTest::addColumn<Break>("breakIt");
        QTest::addColumn<QString>("message");
        for (const char* tag : {"glyf", "head", "hhea", "hmtx", "maxp", "loca"}) {
            QTest::newRow(qPrintable(QStringLiteral("no %1").arg(QLatin1StringView(tag))))
                << Break([tag](Tables& t, quint32) { t.remove(tag); })
                << QStringLiteral("no '%1' table").arg(QLatin1StringView(tag));
        }
        QTest::newRow("CFF outlines")
            << Break([](Tables& t, quint32) { t.insert("CFF ", t.take("glyf")); })
            << QStringLiteral("CFF");
        QTest::newRow("head cut short") << Break([](Tables& t, quint32) { t["head"].truncate(40); })
                                        << QStringLiteral("'head' table is too short");
        QTest::newRow("head not a header")
            << Break([](Tables& t, quint32) { put32(t["head"], 12, 0); })
            << QStringLiteral("not a font header");
        QTest::newRow("unknown loca format")
            << Break([](Tables& t, quint32) { put16(t["head"], 50, 7); })
            << QStringLiteral("unknown 'loca' format");
        QTest::newRow("no glyphs") << Break([](Tables& t, quint32) { put16(t["maxp"], 4, 0); })
                                   << QStringLiteral("no glyphs");
        QTest::newRow("more glyphs than loca")
            << Break([](Tables& t, quint32) { put16(t["maxp"], 4, 0xFFFF); })
            << QStringLiteral("'loca' table is too short");
        QTest::newRow("glyf cut short (loca points past it)")
            << Break([](Tables& t, quint32) { t["glyf"].truncate(t["glyf"].size() / 2); })
            << QStringLiteral("points past the end");
        QTest::newRow("loca not ascending") << Break([](Tables& t, quint32) {
            changeGlyf(t, [](Glyf& g) { g.setOffset(40, quint32(g.offset(42))); });
        }) << QStringLiteral("not in ascending order (at glyph 40)");
        QTest::newRow("no horizontal metrics")
            << Break([](Tables& t, quint32) { put16(t["hhea"], 34, 0); })
            << QStringLiteral("0 horizontal metrics");
        QTest::newRow("hmtx cut short") << Break([](Tables& t, quint32) { t["hmtx"].chop(2); })
                                        << QStringLiteral("'hmtx' table is too short");
        QTest::newRow("composite cut short") << Break([](Tables& t, quint32 composite) {
            changeGlyf(t, [composite](Glyf& g) {
                g.setOffset(composite + 1, quint32(g.offset(composite) + 12));
            });
        }) << QStringLiteral("outline of glyph");
        QTest::newRow("component not in the font") << Break([](Tables& t, quint32 composite) {
            changeGlyf(t,
                       [composite](Glyf& g) { put16(g.glyf, g.offset(composite) + 12, 0xFFF0); });
        }) << QStringLiteral("made of glyph 65520");
    }

    void brokenTables()
    {
        QFETCH(Break, breakIt);
        QFETCH(QString, message);
        const quint32 composite = compositeGlyph();
        QVERIFY(composite != 0);
        Tables tables = m_tables;
        breakIt(tables, composite);

        QList<quint32> glyphs = glyphsOf(m_font, sampleText());
        glyphs << composite;
        const Result<QByteArray> subset = TrueTypeSubset::make(readerOf(tables), glyphs);
        QVERIFY(!subset);
        QVERIFY2(subset.error().message.contains(message), qPrintable(subset.error().message));
    }

    void glyphNotInFont()
    {
        const Result<QByteArray> subset = TrueTypeSubset::make(m_font, {36, 70000});
        QVERIFY(!subset);
        QVERIFY2(subset.error().message.contains(QStringLiteral("Glyph 70000 is not in the font")),
                 qPrintable(subset.error().message));
        QVERIFY(subset.error().message.contains(m_font.familyName()));
    }

    // Whole broken files through QRawFont, the way the PDF writer calls it: FreeType may refuse
    // them (then the font is not valid) or read them; either way make() reports an error.
    void brokenFiles_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("cut in half") << m_file.left(m_file.size() / 2);
        QTest::newRow("cut after the directory") << m_file.left(12 + 16 * u16(m_file, 4));

        // The last loca entry 64 KiB past the end of glyf, in place.
        QByteArray pastGlyf = m_file;
        const Glyf glyf(m_tables);
        const int count = u16(m_file, 4);
        for (int i = 0; i < count; ++i) {
            const qsizetype entry = 12 + 16 * i;
            if (m_file.mid(entry, 4) != "loca")
                continue;
            const qsizetype last =
                u32(m_file, entry + 8) + u32(m_file, entry + 12) - (glyf.longLoca ? 4 : 2);
            const quint32 beyond = quint32(glyf.glyf.size() + 65536);
            if (glyf.longLoca)
                put32(pastGlyf, last, beyond);
            else
                put16(pastGlyf, last, quint16(std::min<quint32>(beyond / 2, 0xFFFF)));
        }
        QVERIFY(pastGlyf != m_file);
        QTest::newRow("loca past glyf") << pastGlyf;
    }

    void brokenFiles()
    {
        QFETCH(QByteArray, file);
        const QRawFont font(file, 12);
        const Result<QByteArray> subset =
            TrueTypeSubset::make(font, glyphsOf(m_font, sampleText()));
        QVERIFY(!subset);
        QVERIFY(!subset.error().message.isEmpty());
        qInfo("%s", qPrintable(subset.error().message));
    }

    // A figure for the report, not asserted: the time per font for ~120 glyphs of DejaVu Sans,
    // through QRawFont (which copies the tables out of FreeType) and from tables in memory.
    void timePerFont()
    {
        const QList<quint32> used = glyphsOf(m_font, sampleText());
        const auto median = [](const std::function<void()>& run) {
            QList<qint64> times;
            for (int i = 0; i < 201; ++i) {
                QElapsedTimer timer;
                timer.start();
                run();
                times << timer.nsecsElapsed();
            }
            std::sort(times.begin(), times.end());
            return double(times[times.size() / 2]) / 1000.0;
        };
        qsizetype size = 0;
        const double viaRawFont =
            median([&] { size = TrueTypeSubset::make(m_font, used)->size(); });
        const auto reader = readerOf(m_tables);
        const double fromTables = median([&] { TrueTypeSubset::make(reader, used); });
        qInfo(
            "TrueTypeSubset: %d glyphs of DejaVu Sans (%lld bytes) -> %lld bytes (%lld deflated); "
            "median of 201: %.1f us per font through QRawFont, %.1f us from tables in memory",
            int(used.size()), qlonglong(m_file.size()), qlonglong(size),
            qlonglong(qCompress(*TrueTypeSubset::make(m_font, used)).size()), viaRawFont,
            fromTables);
        QVERIFY(size > 0);
    }
};

QTEST_MAIN(TestTrueTypeSubset)
#include "tst_truetypesubset.moc"
