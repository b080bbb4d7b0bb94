// The PDF that ReportPdfLayout writes itself (PdfPageRecorder, PdfDocumentWriter), on two
// threads (ReportPdfLayout::write) and on one (pdf()), against the same pages through Qt's own
// PDF engine (CPD_PDF_ENGINE=qt), read back with poppler: the same text, the same pages pixel
// for pixel (within antialiasing), fonts embedded as subsets with a Unicode map, links, metadata,
// nothing poppler complains about, and a cancelled write.
//
// The fonts are those of a fresh Debian machine (fonts-dejavu-core: DejaVu Sans and its bold,
// no oblique), through a fontconfig file of the test's own: Qt slants italic text itself, and
// the writer must slant it too.
#include "Poppler.h"
#include "pdf/ReportPdfLayout.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;
using namespace cpd::report;

namespace {

const QString kFontDir = QStringLiteral("/usr/share/fonts/truetype/dejavu/");

// Set before QGuiApplication starts fontconfig: a font folder with the two core files only.
QTemporaryDir* coreFonts()
{
    static auto* dir = [] {
        auto* d = new QTemporaryDir;
        for (const char* name : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
            QFile::link(kFontDir + QLatin1String(name), d->filePath(QLatin1String(name)));
        QFile conf(d->filePath(QStringLiteral("fonts.conf")));
        if (!conf.open(QIODevice::WriteOnly))
            qFatal("cannot write fonts.conf");
        conf.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                   "<fontconfig><dir>" +
                   d->path().toUtf8() + "</dir><cachedir>" + d->path().toUtf8() +
                   "/cache</cachedir></fontconfig>\n");
        conf.close();
        qputenv("FONTCONFIG_FILE", conf.fileName().toUtf8());
        return d;
    }();
    return dir;
}
const bool kFontsSet = coreFonts() != nullptr;

ReportDocument document()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Portfolio · Siân Ŵyn – “CPD” £12");
    doc.header = QStringLiteral("Siân Ŵyn · 1 October 2023 to 30 September 2026");
    doc.blocks << block(ReportBlock::Kind::Title,
                        {plain(QStringLiteral("Revalidation portfolio"))});
    doc.blocks << paragraph({plain(QStringLiteral("Plain, then ")), bold(QStringLiteral("bold")),
                             plain(QStringLiteral(", then ")),
                             italic(QStringLiteral("slanted text effectively")),
                             plain(QStringLiteral(" and a link to ")),
                             link(QStringLiteral("NICE NG245"),
                                  QStringLiteral("https://www.nice.org.uk/guidance/ng245")),
                             plain(QStringLiteral(". Résumé, naïve café, “quotes” – dashes, "
                                                  "£ and € and ½; Welsh ŵ ŷ."))});
    ReportTable t =
        grid({QStringLiteral("Date"), QStringLiteral("What happened"), QStringLiteral("Hours")},
             {15, 70, 15});
    for (int i = 0; i < 120; ++i) {
        t.rows << QList<ReportCell>{
            ReportCell{
                {plain(QStringLiteral("%1/10/2025").arg(i % 28 + 1, 2, 10, QLatin1Char('0')))}},
            ReportCell{{bold(QStringLiteral("Session %1: ").arg(i)),
                        plain(QStringLiteral("I reflected on what went well and what I would "
                                             "change next time; the office was different.")),
                        italic(QStringLiteral(" (shared)"))}},
            ReportCell{{plain(QString::number(1.5 + i % 3))}, true}};
    }
    doc.blocks << table(t);
    // A page break near the middle: write() lays out what follows on a thread of its own.
    doc.blocks << heading(QStringLiteral("Practice-related feedback"), true);
    doc.blocks << table(t);
    doc.blocks << heading(QStringLiteral("Reflective accounts"), true);
    doc.blocks << paragraph({link(QStringLiteral("A link that runs over the end of its line and on "
                                                 "to the next one, as long links do in narrow "
                                                 "columns of a report, and then goes on for a "
                                                 "while longer still so that it needs two lines"),
                                  QStringLiteral("https://example.org/a?b=c&d=(e)"))});
    return doc;
}

const QString kPageFormat = QStringLiteral("Page %1 of %2");

enum class How
{
    TwoThreads, // ReportPdfLayout::write
    OneThread,  // ReportPdfLayout::pdf
    QtEngine,
};

QByteArray pdf(const ReportDocument& doc, How how)
{
    if (how == How::QtEngine)
        qputenv("CPD_PDF_ENGINE", "qt");
    Result<QByteArray> out = QByteArray();
    if (how == How::TwoThreads) {
        auto written = ReportPdfLayout::write(doc, kPageFormat);
        if (written && written->pages != ReportPdfLayout(doc, kPageFormat).pageCount())
            qFatal("write() counted %d pages", written->pages);
        out = written ? Result<QByteArray>(written->pdf) : std::unexpected(written.error());
    } else {
        out = ReportPdfLayout(doc, kPageFormat).pdf();
    }
    qunsetenv("CPD_PDF_ENGINE");
    if (!out)
        qFatal("pdf failed: %s", qPrintable(out.error().message));
    return *out;
}

// Pages of a and b that differ, by poppler's rendering at 100 dpi (a glyph out of place by more
// than a pixel, a quarter of a millimetre, missing or in another shape), as "page n: x of y".
QStringList differentPages(const Poppler& a, const Poppler& b)
{
    QStringList out;
    for (int n = 1; n <= a.pages(); ++n) {
        const Poppler::Image x = a.grey(n, 100);
        const Poppler::Image y = b.grey(n, 100);
        if (x.width != y.width || x.height != y.height) {
            out << QStringLiteral("page %1: another size").arg(n);
            continue;
        }
        const auto at = [](const Poppler::Image& image, int i, int j) {
            return int(static_cast<unsigned char>(image.pixels[qsizetype(j) * image.width + i]));
        };
        // A pixel differs when no pixel around it in the other page is near its shade: the
        // rasteriser may snap a line of text to the pixel row above or below.
        qsizetype ink = 0;
        qsizetype differ = 0;
        for (int j = 1; j + 1 < x.height; ++j) {
            for (int i = 1; i + 1 < x.width; ++i) {
                const int v = at(x, i, j);
                ink += at(y, i, j) < 128;
                bool near = false;
                for (int dj = -1; dj <= 1 && !near; ++dj)
                    for (int di = -1; di <= 1 && !near; ++di)
                        near = std::abs(v - at(y, i + di, j + dj)) <= 96;
                differ += !near;
            }
        }
        if (ink < 2000 || differ * 1000 >= ink)
            out << QStringLiteral("page %1: %2 of %3 dark pixels differ")
                       .arg(n)
                       .arg(differ)
                       .arg(ink);
    }
    return out;
}

} // namespace

class TestPdfWriting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(kFontsSet);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QFAIL("poppler-utils is not installed (scripts/install-deps.sh installs it)");
        const QByteArray ours = pdf(document(), How::TwoThreads);
        const QByteArray single = pdf(document(), How::OneThread);
        const QByteArray qt = pdf(document(), How::QtEngine);
        QVERIFY2(ours.startsWith("%PDF-1.4"), ours.left(16).constData());
        QVERIFY(ours != qt);
        m_ours = std::make_unique<Poppler>(ours);
        m_single = std::make_unique<Poppler>(single);
        m_qt = std::make_unique<Poppler>(qt);
        m_oursBytes = ours;
        // The page numbers are drawn over the pages of both threads: two streams a page.
        QVERIFY(ours.contains("/Contents ["));
        QVERIFY(!single.contains("/Contents ["));
    }

    void sameTextAsQtsEngine()
    {
        QVERIFY(m_ours->pages() >= 3);
        QCOMPARE(m_ours->pages(), m_qt->pages());
        for (int n = 1; n <= m_ours->pages(); ++n)
            QCOMPARE(m_ours->lines(n), m_qt->lines(n));
        const QString all = m_ours->text(1);
        QVERIFY2(all.contains(QStringLiteral("slanted text effectively")), qPrintable(all));
        QVERIFY(all.contains(
            QStringLiteral("Résumé, naïve café, “quotes” – dashes, £ and € and ½; Welsh ŵ ŷ.")));
    }

    void samePagesAsQtsEngine()
    {
        const QStringList differ = differentPages(*m_ours, *m_qt);
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QLatin1String("; "))));
    }

    void twoThreadsMakeTheSamePagesAsOne()
    {
        QCOMPARE(m_ours->pages(), m_single->pages());
        for (int n = 1; n <= m_ours->pages(); ++n)
            QCOMPARE(m_ours->lines(n), m_single->lines(n));
        const QStringList differ = differentPages(*m_ours, *m_single);
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(QLatin1String("; "))));
        QCOMPARE(m_ours->fonts().split(QLatin1Char('\n')).size(),
                 m_single->fonts().split(QLatin1Char('\n')).size());
    }

    void cancelled()
    {
        const ReportDocument doc = document();
        const int pages = ReportPdfLayout(doc, kPageFormat).pageCount();
        QList<int> seen;
        auto out = ReportPdfLayout::write(doc, kPageFormat, [&](int page, int count) {
            if (count != pages)
                qFatal("progress counted %d pages of %d", count, pages);
            seen << page;
            return page < 2;
        });
        QVERIFY(!out);
        QCOMPARE(out.error().message, QStringLiteral("Cancelled."));
        QCOMPARE(seen, (QList<int>{0, 1, 2}));
        // Uncancelled, progress goes forward page by page (then samples the other thread's).
        seen.clear();
        QVERIFY(ReportPdfLayout::write(doc, kPageFormat, [&](int page, int) {
            seen << page;
            return true;
        }));
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.mid(0, 3), (QList<int>{0, 1, 2}));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(seen.last() < pages);
    }

    // Viewers repair a broken cross-reference table quietly, or not at all: it must be exact.
    void crossReferencesAndStreamLengthsAreExact()
    {
        const QByteArray& d = m_oursBytes;
        const qsizetype at = d.lastIndexOf("startxref\n");
        QVERIFY(at > 0);
        const qsizetype xref = d.mid(at + 10, 20).split('\n').value(0).toLongLong();
        QVERIFY(d.mid(xref).startsWith("xref\n0 "));
        const QList<QByteArray> head = d.mid(xref, 40).split('\n');
        const int count = head.value(1).split(' ').value(1).toInt();
        QVERIFY(count > 10);
        const qsizetype entries = xref + head[0].size() + head[1].size() + 2;
        for (int i = 1; i < count; ++i) {
            const QByteArray entry = d.mid(entries + 20 * i, 20);
            QVERIFY2(entry.endsWith(" 00000 n \n"), entry.constData());
            const qsizetype offset = entry.left(10).toLongLong();
            QVERIFY2(d.mid(offset).startsWith(QByteArray(QByteArray::number(i) + " 0 obj\n")),
                     qPrintable(QStringLiteral("object %1").arg(i)));
        }
        static const QRegularExpression stream(QStringLiteral("/Length (\\d+)>>\nstream\n"));
        int streams = 0;
        const QString latin = QString::fromLatin1(d);
        for (auto it = stream.globalMatch(latin); it.hasNext(); ++streams) {
            const auto m = it.next();
            QCOMPARE(d.mid(m.capturedEnd() + m.captured(1).toLongLong(), 10),
                     QByteArray("\nendstream"));
        }
        QVERIFY(streams > m_ours->pages());
    }

    void fontsAreEmbeddedSubsetsThatMapToUnicode()
    {
        const QStringList rows =
            m_ours->fonts().split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QCOMPARE(rows.size(), 2); // DejaVu Sans and its bold; the slanted text is the first slanted
        static const QRegularExpression row(
            QStringLiteral("^[A-Z]{6}\\+DejaVuSans(-Bold)?\\s+CID "
                           "TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s"));
        for (const QString& r : rows)
            QVERIFY2(row.match(r).hasMatch(), qPrintable(r));
        // A subset: the whole of DejaVu Sans is 740 KB.
        QVERIFY2(m_oursBytes.size() < 120 * 1024,
                 QByteArray::number(m_oursBytes.size()).constData());
    }

    void linksAndMetadata()
    {
        const QString info = m_ours->info();
        QVERIFY2(info.contains(QStringLiteral("Title:           Portfolio · Siân Ŵyn – “CPD” £12")),
                 qPrintable(info));
        QVERIFY(info.contains(QStringLiteral("Creator:         CPD Journal")));
        QVERIFY(m_oursBytes.contains("/URI (https://www.nice.org.uk/guidance/ng245)"));
        // Parentheses in a URI are escaped; the long link is one annotation per line it covers.
        const qsizetype pieces = m_oursBytes.count("/URI (https://example.org/a?b=c&d=\\(e\\))");
        QVERIFY2(pieces >= 2, QByteArray::number(pieces).constData());
        QCOMPARE(m_oursBytes.count("example.org"), pieces);
        QCOMPARE(m_oursBytes.count("/Subtype /Link"), 1 + pieces);
    }

private:
    std::unique_ptr<Poppler> m_ours;
    std::unique_ptr<Poppler> m_single;
    std::unique_ptr<Poppler> m_qt;
    QByteArray m_oursBytes;
};

QTEST_MAIN(TestPdfWriting)
#include "tst_pdfwriting.moc"
