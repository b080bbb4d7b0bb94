// ReportPdfLayout on hand-made documents, read back with poppler (pdftotext per page, pdfinfo,
// pdftotext -bbox-layout for positions): page breaks before headings, a long grid table with its
// heading row on every page, rows kept whole unless taller than a page, headings kept with what
// follows, reading order, right alignment, links, line breaks, page numbers, cancelling, previews.
#include "Poppler.h"
#include "pdf/ReportPdfLayout.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

namespace {

const QString kPageFormat = QStringLiteral("Page %1 of %2");

QByteArray pdfOf(const ReportDocument& doc)
{
    auto pdf = ReportPdfLayout(doc, kPageFormat).pdf();
    if (!pdf)
        qFatal("pdf failed: %s", qPrintable(pdf.error().message));
    return *pdf;
}

ReportDocument document()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Test report · Ann Example");
    doc.header = QStringLiteral("Ann Example · 1 October 2023 to 30 September 2026");
    return doc;
}

ReportBlock grid(const QStringList& headings, const QList<int>& widths,
                 const QList<QList<ReportCell>>& rows)
{
    ReportTable t = report::grid(headings, widths);
    t.rows = rows;
    return report::table(t);
}

ReportCell cell(const QString& text, bool right = false)
{
    return ReportCell{{report::plain(text)}, right};
}

// Which pages (1-based) hold each of the tokens, in the order of the tokens.
QList<int> pagesOf(const Poppler& pdf, int pages, const QStringList& tokens)
{
    QList<int> out(tokens.size(), 0);
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdf.text(p);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (QRegularExpression(QStringLiteral("\\b%1\\b").arg(tokens.at(i)))
                    .match(text)
                    .hasMatch()) {
                if (out[i] != 0)
                    qWarning("%s on pages %d and %d", qPrintable(tokens.at(i)), out[i], p);
                out[i] = out[i] ? -1 : p;
            }
        }
    }
    return out;
}

} // namespace

class TestReportPdfLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps.sh)");
    }

    void emptyDocumentIsOnePage()
    {
        const ReportDocument doc = document();
        ReportPdfLayout layout(doc, kPageFormat);
        QCOMPARE(layout.pageCount(), 1);
        const Poppler pdf(pdfOf(doc));
        QCOMPARE(pdf.pages(), 1);
        const QString info = pdf.info();
        QVERIFY2(info.contains(
                     QRegularExpression(QStringLiteral("Title:\\s+Test report · Ann Example\n"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+CPD Journal\n"))),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QCOMPARE(pdf.lines(1), (QStringList{doc.header, QStringLiteral("Page 1 of 1")}));
    }

    void pageBreaksBeforeHeadingsAndNumbersEveryPage()
    {
        ReportDocument doc = document();
        doc.blocks << report::block(ReportBlock::Kind::Title,
                                    {report::plain(QStringLiteral("Cover title"))})
                   << report::paragraph({report::plain(QStringLiteral("First section text."))})
                   << report::heading(QStringLiteral("Second section"), true)
                   << report::paragraph({report::plain(QStringLiteral("Second text."))})
                   << report::heading(QStringLiteral("Third section"), true)
                   << report::paragraph({report::plain(QStringLiteral("Third text."))})
                   << report::block(ReportBlock::Kind::Subheading,
                                    {report::plain(QStringLiteral("Same page section"))});
        const Poppler pdf(pdfOf(doc));
        QCOMPARE(pdf.pages(), 3);
        QCOMPARE(ReportPdfLayout(doc, kPageFormat).pageCount(), 3);
        const QStringList expected[] = {
            {doc.header, QStringLiteral("Cover title"), QStringLiteral("First section text."),
             QStringLiteral("Page 1 of 3")},
            {doc.header, QStringLiteral("Second section"), QStringLiteral("Second text."),
             QStringLiteral("Page 2 of 3")},
            {doc.header, QStringLiteral("Third section"), QStringLiteral("Third text."),
             QStringLiteral("Same page section"), QStringLiteral("Page 3 of 3")},
        };
        for (int p = 0; p < 3; ++p)
            QCOMPARE(pdf.lines(p + 1), expected[p]);
    }

    void longGridTableRepeatsItsHeadingRow()
    {
        ReportDocument doc = document();
        QList<QList<ReportCell>> rows;
        QStringList tokens;
        for (int i = 1; i <= 200; ++i) {
            tokens << QStringLiteral("R%1X").arg(i);
            rows << QList<ReportCell>{cell(tokens.last()),
                                      cell(QStringLiteral("Some words in the middle column")),
                                      cell(QString::number(i * 1.5, 'f', 1), true)};
        }
        doc.blocks << report::paragraph({report::plain(QStringLiteral("Before the table."))})
                   << grid({QStringLiteral("Ident"), QStringLiteral("Words"),
                            QStringLiteral("Hours")},
                           {20, 60, 20}, rows)
                   << report::paragraph({report::plain(QStringLiteral("After the table."))});
        const Poppler pdf(pdfOf(doc));
        const int pages = pdf.pages();
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        for (int p = 1; p <= pages; ++p) {
            const QStringList lines = pdf.lines(p);
            const int at = int(lines.indexOf(QStringLiteral("Ident")));
            QVERIFY2(
                at == (p == 1 ? 2 : 1),
                qPrintable(QStringLiteral("page %1: %2").arg(p).arg(lines.join(QLatin1Char('|')))));
            QCOMPARE(lines.count(QStringLiteral("Ident")), 1);
        }
        // Every row once, in order, on non-decreasing pages.
        const QList<int> where = pagesOf(pdf, pages, tokens);
        for (qsizetype i = 0; i < where.size(); ++i) {
            QVERIFY2(where.at(i) > 0, qPrintable(tokens.at(i)));
            QVERIFY(i == 0 || where.at(i) >= where.at(i - 1));
        }
        QCOMPARE(where.first(), 1);
        QCOMPARE(where.last(), pages);
        QVERIFY(pdf.text(pages).contains(QStringLiteral("After the table.")));
    }

    void rowsAreNotSplitWhenTheyFit()
    {
        ReportDocument doc = document();
        QList<QList<ReportCell>> rows;
        for (int i = 1; i <= 60; ++i) {
            QStringList lines;
            for (int k = 1; k <= 7; ++k)
                lines << QStringLiteral("Q%1L%2Z").arg(i).arg(k);
            rows << QList<ReportCell>{cell(QStringLiteral("Row %1").arg(i)),
                                      cell(lines.join(QLatin1Char('\n')))};
        }
        doc.blocks << grid({QStringLiteral("Name"), QStringLiteral("Lines")}, {}, rows);
        const Poppler pdf(pdfOf(doc));
        const int pages = pdf.pages();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QSet<int> pagesUsed;
        for (int i = 1; i <= 60; ++i) {
            QStringList tokens;
            for (int k = 1; k <= 7; ++k)
                tokens << QStringLiteral("Q%1L%2Z").arg(i).arg(k);
            const QList<int> where = pagesOf(pdf, pages, tokens);
            for (int p : where)
                QVERIFY2(p == where.first() && p > 0,
                         qPrintable(QStringLiteral("row %1 split: %2").arg(i).arg(where.first())));
            pagesUsed << where.first();
        }
        QCOMPARE(pagesUsed.size(), pages);
    }

    void aCellTallerThanAPageIsSplitBetweenLines()
    {
        ReportDocument doc = document();
        QStringList lines;
        QStringList tokens;
        for (int k = 1; k <= 150; ++k) {
            tokens << QStringLiteral("T%1Y").arg(k);
            lines << tokens.last();
        }
        doc.blocks << report::paragraph({report::plain(QStringLiteral("A paragraph first."))})
                   << grid({QStringLiteral("Left"), QStringLiteral("Tall")}, {30, 70},
                           {{cell(QStringLiteral("short")), cell(lines.join(QLatin1Char('\n')))},
                            {cell(QStringLiteral("next")), cell(QStringLiteral("row after"))}});
        const Poppler pdf(pdfOf(doc));
        const int pages = pdf.pages();
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QList<int> where = pagesOf(pdf, pages, tokens);
        for (qsizetype i = 0; i < where.size(); ++i) {
            QVERIFY2(where.at(i) > 0, qPrintable(tokens.at(i)));
            QVERIFY(i == 0 || where.at(i) >= where.at(i - 1));
        }
        QCOMPARE(where.first(), 1); // started on the first page: no blank space left for it
        QVERIFY(where.last() > 1);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(pdf.lines(p).contains(QStringLiteral("Tall")), qPrintable(QString::number(p)));
        QVERIFY(pdf.text(where.last()).contains(QStringLiteral("row after")));
    }

    void headingIsNeverLastOnAPage()
    {
        // Whatever fills the page before it, a heading goes with the first line after it.
        for (int before = 28; before <= 44; ++before) {
            ReportDocument doc = document();
            for (int i = 0; i < before; ++i)
                doc.blocks << report::paragraph(
                    {report::plain(QStringLiteral("Filler paragraph %1.").arg(i + 1))});
            doc.blocks << report::heading(QStringLiteral("Kept heading"))
                       << report::paragraph({report::plain(QStringLiteral("Body after it."))});
            const Poppler pdf(pdfOf(doc));
            for (int p = 1; p <= pdf.pages(); ++p) {
                const QStringList lines = pdf.lines(p);
                const qsizetype at = lines.indexOf(QStringLiteral("Kept heading"));
                if (at >= 0)
                    QVERIFY2(lines.value(at + 1) == QStringLiteral("Body after it."),
                             qPrintable(lines.join(QLatin1Char('|'))));
            }
        }
    }

    void readingOrderLineBreaksAndStyles()
    {
        ReportDocument doc = document();
        doc.blocks << report::paragraph({report::plain(QStringLiteral("One ")),
                                         report::bold(QStringLiteral("bold")),
                                         report::plain(QStringLiteral(" and ")),
                                         report::italic(QStringLiteral("italic")),
                                         report::plain(QStringLiteral(" effectively."))})
                   << report::paragraph(
                          {report::plain(QStringLiteral("Line one\nLine two\nLine three"))})
                   << report::paragraph({})
                   << report::paragraph({report::plain(QStringLiteral("Last words."))});
        const QByteArray bytes = pdfOf(doc);
        const Poppler pdf(bytes);
        QCOMPARE(pdf.lines(1),
                 (QStringList{doc.header, QStringLiteral("One bold and italic effectively."),
                              QStringLiteral("Line one"), QStringLiteral("Line two"),
                              QStringLiteral("Line three"), QStringLiteral("Last words."),
                              QStringLiteral("Page 1 of 1")}));
        const QString fonts = pdf.fonts();
        QVERIFY2(fonts.contains(QStringLiteral("DejaVuSans-Bold ")) &&
                     fonts.contains(QStringLiteral("DejaVuSans-Oblique ")),
                 qPrintable(fonts));
    }

    void rightAlignedCells()
    {
        ReportDocument doc = document();
        doc.blocks << grid(
            {QStringLiteral("Name"), QStringLiteral("Hours")}, {50, 50},
            {{cell(QStringLiteral("Leftword")), cell(QStringLiteral("Rightword"), true)}});
        const Poppler pdf(pdfOf(doc));
        const double pageWidth = 595.28, margin = 15 / 25.4 * 72;
        double left = -1, right = -1;
        for (const Poppler::Word& w : pdf.words(1)) {
            if (w.text == QLatin1String("Leftword"))
                left = w.xMin;
            if (w.text == QLatin1String("Rightword"))
                right = w.xMax;
        }
        QVERIFY2(left > margin && left < margin + 8, qPrintable(QString::number(left)));
        QVERIFY2(right < pageWidth - margin && right > pageWidth - margin - 8,
                 qPrintable(QString::number(right)));
    }

    void narrowColumnsFitTheirHeadingsWords()
    {
        // 6% of the body is narrower than "Participatory" in bold: the column takes room from the
        // widest one rather than breaking the word (which would not be found in the PDF).
        ReportDocument doc = document();
        doc.blocks << grid(
            {QStringLiteral("Date"), QStringLiteral("Topic"),
             QStringLiteral("Participatory hours")},
            {14, 80, 6},
            {{cell(QStringLiteral("03/10/2023")), cell(QStringLiteral("Asthma reviews")),
              cell(QStringLiteral("2.5"), true)}});
        const QStringList lines = Poppler(pdfOf(doc)).lines(1);
        QVERIFY2(lines.contains(QStringLiteral("Participatory")),
                 qPrintable(lines.join(QLatin1Char('|'))));
        QVERIFY2(lines.contains(QStringLiteral("03/10/2023")),
                 qPrintable(lines.join(QLatin1Char('|'))));
    }

    void linksAreClickable()
    {
        ReportDocument doc = document();
        doc.blocks << report::paragraph(
            {report::plain(QStringLiteral("See ")),
             report::link(QStringLiteral("https://www.nice.org.uk/guidance/ng245"),
                          QStringLiteral("https://www.nice.org.uk/guidance/ng245"))});
        const QByteArray bytes = pdfOf(doc);
        QVERIFY(bytes.contains("/URI (https://www.nice.org.uk/guidance/ng245)"));
        QVERIFY(Poppler(bytes).text(1).contains(
            QStringLiteral("See https://www.nice.org.uk/guidance/ng245")));
    }

    void cancelAndPreview()
    {
        ReportDocument doc = document();
        for (int i = 1; i <= 5; ++i)
            doc.blocks << report::heading(QStringLiteral("Section %1").arg(i), true)
                       << report::paragraph({report::plain(QStringLiteral("Text."))});
        ReportPdfLayout layout(doc, kPageFormat);
        QCOMPARE(layout.pageCount(), 5);
        int calls = 0;
        auto cancelled = layout.pdf([&](int page, int count) {
            [&] {
                QCOMPARE(count, 5);
                QCOMPARE(page, calls);
            }();
            return ++calls < 3;
        });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().message, QStringLiteral("Cancelled."));
        QCOMPARE(calls, 3);

        const QImage page = layout.pageImage(2, 400);
        QCOMPARE(page.width(), 400);
        QCOMPARE(page.height(), qRound(400 * 297.0 / 210.0));
        int dark = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                dark += qGray(page.pixel(x, y)) < 160;
        QVERIFY2(dark > 100, qPrintable(QString::number(dark)));
    }
};

QTEST_MAIN(TestReportPdfLayout)
#include "tst_reportpdflayout.moc"
