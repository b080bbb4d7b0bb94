#include "common/HtmlDelegate.h"
#include "common/PaletteColours.h"
#include "editor/EntryEditor.h"
#include "main/AppStyle.h"
#include "revalidation/ProgressDelegate.h"
#include "revalidation/RequirementModel.h"

#include <QApplication>
#include <QDirIterator>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace cpd;

// The system's font size, dark mode and colour-blind readers: sizes follow the application
// font, custom-painted text keeps WCAG AA contrast (4.5:1) on a dark palette, and the style
// sheet has a dark variant.
class TestAppearance : public QObject
{
    Q_OBJECT

private:
    QFont m_font;
    QPalette m_palette;

    // The strongest contrast of the text against what is behind it: the cell is painted with and
    // without its text, and each pixel the text changed is compared with the pixel beneath.
    static double textContrast(const QImage& withText, const QImage& without)
    {
        double best = 1;
        for (int y = 0; y < withText.height(); ++y) {
            for (int x = 0; x < withText.width(); ++x) {
                if (withText.pixel(x, y) != without.pixel(x, y))
                    best = std::max(best, PaletteColours::contrast(withText.pixelColor(x, y), without.pixelColor(x, y)));
            }
        }
        return best;
    }

    static QImage paintCell(QStyledItemDelegate& delegate, QAbstractItemModel& model, const QPalette& palette,
                            const QColor& background)
    {
        QTableView view;
        view.setPalette(palette);
        view.setModel(&model);
        QImage image(320, 48, QImage::Format_ARGB32);
        image.fill(background);
        QPainter painter(&image);
        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.palette = palette;
        option.rect = image.rect();
        option.widget = &view;
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        delegate.paint(&painter, option, model.index(0, 0));
        painter.end();
        return image;
    }

private slots:
    void initTestCase()
    {
        m_font = QApplication::font();
        m_palette = QApplication::palette();
    }

    void cleanup()
    {
        QApplication::setFont(m_font);
        qunsetenv("CPDJOURNAL_THEME");
        AppStyle::apply(*qApp);
    }

    void aBiggerSystemFontMakesWidgetsGrow()
    {
        auto measure = [](double points) {
            QFont f = QApplication::font();
            f.setPointSizeF(points);
            QApplication::setFont(f);
            AppStyle::apply(*qApp);
            EntryEditor editor;
            editor.resize(700, 900);
            editor.show();
            auto* heading = editor.findChild<QLabel*>(QStringLiteral("heading"));
            return std::tuple{editor.titleEdit()->sizeHint().height(), heading->sizeHint().height(),
                              editor.saveButton()->sizeHint().width()};
        };
        const auto [titleSmall, headingSmall, saveSmall] = measure(9);
        const auto [titleBig, headingBig, saveBig] = measure(18);
        QVERIFY2(titleBig > titleSmall * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(titleSmall).arg(titleBig)));
        QVERIFY2(headingBig > headingSmall * 1.4, qPrintable(QStringLiteral("%1 -> %2").arg(headingSmall).arg(headingBig)));
        QVERIFY(saveBig > saveSmall);
    }

    void styleSheetSizesFollowTheFont()
    {
        QFont small;
        small.setPointSizeF(8);
        QFont big;
        big.setPointSizeF(16);
        QVERIFY(AppStyle::styleSheet(small, false).contains(QLatin1String("font-size: 11.2pt"))); // heading 1.4x
        QVERIFY(AppStyle::styleSheet(big, false).contains(QLatin1String("font-size: 22.4pt")));
        QVERIFY(!AppStyle::styleSheet(big, false).contains(QLatin1Char('%'))); // every placeholder filled
    }

    // No widget code fixes a point or pixel size: sizes come from the font (AppStyle scales them).
    void noHardCodedFontSizesInTheUi()
    {
        const QRegularExpression fixed(QStringLiteral(R"((font-size:\s*\d+(\.\d+)?(pt|px))|setPointSize(F)?\(\s*\d|setPixelSize\(\s*\d)"));
        QStringList found;
        QDirIterator it(QStringLiteral(CPD_SOURCE_DIR "/ui"), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                if (fixed.match(lines.at(i)).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(it.fileName()).arg(i + 1).arg(lines.at(i).trimmed());
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String("\n  "))));
    }

    void darkThemeFollowsTheSystemOrTheEnvironment()
    {
        qputenv("CPDJOURNAL_THEME", "dark");
        AppStyle::apply(*qApp);
        QVERIFY(PaletteColours::isDark(QApplication::palette()));
        QVERIFY(qApp->styleSheet().contains(QLatin1String("#1b2126")));
        qputenv("CPDJOURNAL_THEME", "light");
        AppStyle::apply(*qApp);
        QVERIFY(!PaletteColours::isDark(QApplication::palette()));
    }

    void paletteColoursKeepContrast_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void paletteColoursKeepContrast()
    {
        QFETCH(bool, dark);
        const QPalette p = dark ? AppStyle::darkPalette() : AppStyle::lightPalette();
        const QColor base = p.color(QPalette::Base);
        QVERIFY(PaletteColours::contrast(p.color(QPalette::Text), base) >= 4.5);
        QVERIFY(PaletteColours::contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(PaletteColours::contrast(p.color(QPalette::PlaceholderText), base) >= 4.5); // draft status
        QVERIFY(PaletteColours::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 4.5);
        QVERIFY(PaletteColours::contrast(p.color(QPalette::Link), base) >= 4.5);
        QVERIFY(PaletteColours::contrast(PaletteColours::error(p), base) >= 4.5);
        QVERIFY(PaletteColours::contrast(PaletteColours::success(p), base) >= 4.5);
        QVERIFY(PaletteColours::contrast(PaletteColours::warning(p), base) >= 4.5);
    }

    void customDelegatesKeepContrastOnADarkPalette()
    {
        const QPalette dark = AppStyle::darkPalette();
        QApplication::setPalette(dark);
        const QColor base = dark.color(QPalette::Base);

        QStandardItemModel html(1, 1);
        html.setData(html.index(0, 0), QStringLiteral("Asthma review in a care home"), Qt::DisplayRole); // as the model gives
        html.setData(html.index(0, 0), QStringLiteral("Asthma <b>review</b> in a <i>care home</i>"), Qt::UserRole + 1);
        HtmlDelegate htmlDelegate(Qt::UserRole + 1);
        const QImage htmlText = paintCell(htmlDelegate, html, dark, base);
        html.setData(html.index(0, 0), QString(), Qt::UserRole + 1);
        const double htmlContrast = textContrast(htmlText, paintCell(htmlDelegate, html, dark, base));
        QVERIFY2(htmlContrast >= 4.5, qPrintable(QString::number(htmlContrast)));

        QStandardItemModel progress(1, 1);
        progress.setData(progress.index(0, 0), QStringLiteral("✗ 12 of 35 hours"), Qt::DisplayRole);
        progress.setData(progress.index(0, 0), 0.34, RequirementModel::FractionRole);
        ProgressDelegate progressDelegate;
        const QImage barText = paintCell(progressDelegate, progress, dark, base);
        progress.setData(progress.index(0, 0), QString(), Qt::DisplayRole);
        const double barContrast = textContrast(barText, paintCell(progressDelegate, progress, dark, base));
        QVERIFY2(barContrast >= 4.5, qPrintable(QString::number(barContrast)));
        QApplication::setPalette(m_palette);
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
