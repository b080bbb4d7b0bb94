// The PDF that PdfWriterCanvas writes for ReportPdfLayout, against the same pages through Qt's
// own PDF engine (CPD_PDF_ENGINE=qt), read back with poppler: the same text, the same pages
// pixel for pixel (within antialiasing), fonts embedded as subsets with a Unicode map, links,
// metadata, and nothing poppler complains about.
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
    for (int i = 0; i < 60; ++i) {
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
    doc.blocks << heading(QStringLiteral("Reflective accounts"), true);
    doc.blocks << paragraph({link(QStringLiteral("A link that runs over the end of its line and on "
                                                 "to the next one, as long links do in narrow "
                                                 "columns of a report, and then goes on for a "
                                                 "while longer still so that it needs two lines"),
                                  QStringLiteral("https://example.org/a?b=c&d=(e)"))});
    return doc;
}

QByteArray pdf(const ReportDocument& doc, bool qtEngine)
{
    if (qtEngine)
        qputenv("CPD_PDF_ENGINE", "qt");
    auto out = ReportPdfLayout(doc, QStringLiteral("Page %1 of %2")).pdf();
    qunsetenv("CPD_PDF_ENGINE");
    if (!out)
        qFatal("pdf failed: %s", qPrintable(out.error().message));
    return *out;
}

} // namespace

class TestPdfWriterCanvas : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(kFontsSet);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QFAIL("poppler-utils is not installed (scripts/install-deps.sh installs it)");
        const QByteArray ours = pdf(document(), false);
        const QByteArray qt = pdf(document(), true);
        QVERIFY2(ours.startsWith("%PDF-1.4"), ours.left(16).constData());
        QVERIFY(!qt.contains("PdfWriterCanvas")); // two different files, not one twice
        QVERIFY(ours != qt);
        m_ours = std::make_unique<Poppler>(ours);
        m_qt = std::make_unique<Poppler>(qt);
        m_oursBytes = ours;
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
        for (int n = 1; n <= m_ours->pages(); ++n) {
            const Poppler::Image a = m_ours->grey(n, 100);
            const Poppler::Image b = m_qt->grey(n, 100);
            QCOMPARE(a.width, b.width);
            QCOMPARE(a.height, b.height);
            const auto at = [](const Poppler::Image& image, int x, int y) {
                return int(
                    static_cast<unsigned char>(image.pixels[qsizetype(y) * image.width + x]));
            };
            // A pixel differs when no pixel around it in the other page is near its shade: the
            // rasteriser may snap a line of text to the pixel row above or below.
            qsizetype ink = 0;
            qsizetype differ = 0;
            for (int y = 1; y + 1 < a.height; ++y) {
                for (int x = 1; x + 1 < a.width; ++x) {
                    const int v = at(a, x, y);
                    ink += at(b, x, y) < 128;
                    bool near = false;
                    for (int dy = -1; dy <= 1 && !near; ++dy)
                        for (int dx = -1; dx <= 1 && !near; ++dx)
                            near = std::abs(v - at(b, x + dx, y + dy)) <= 96;
                    differ += !near;
                }
            }
            // A glyph out of place by more than a pixel (a quarter of a millimetre), missing or
            // in another shape changes dozens.
            QVERIFY2(ink > 2000, qPrintable(QStringLiteral("page %1 is blank").arg(n)));
            QVERIFY2(differ * 1000 < ink,
                     qPrintable(QStringLiteral("page %1: %2 of %3 dark pixels differ")
                                    .arg(n)
                                    .arg(differ)
                                    .arg(ink)));
        }
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
    std::unique_ptr<Poppler> m_qt;
    QByteArray m_oursBytes;
};

QTEST_MAIN(TestPdfWriterCanvas)
#include "tst_pdfwritercanvas.moc"
