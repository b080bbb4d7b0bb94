// What a person sees in the main views at the screenshot size (1280x800 screen, 1240x780 window),
// on a journal like the sample one: the entry opened is selected in the list, the editor fits
// its pane, the charts' labels are not cut, the evidence panel is never blank.
#include "TestJournal.h"

#include "common/MessageBox.h"
#include "demo/DemoJournalGenerator.h"
#include "editor/EntryEditor.h"
#include "journal/EntryRepository.h"
#include "journal/JournalListModel.h"
#include "journal/JournalPage.h"
#include "main/MainWindow.h"
#include "revalidation/RevalidationDashboard.h"
#include "standards/ProfileRepository.h"
#include "topics/TopicMappingPanel.h"
#include "topics/TopicsPage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QListWidget>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace cpd;

namespace {

constexpr int kEntries = 450; // more than two of the list's pages

// The sample journal's shape: demo entries over three years and a nurse whose three-year period
// is nearly over (today is 2026-03-14), so the hours chart has 33 months.
std::unique_ptr<MainWindow> sampleWindow(test::TestJournal& j, QList<Entry>* written = nullptr)
{
    QList<Entry> entries = DemoJournalGenerator(2026, j.clock.today()).generate(kEntries);
    if (!EntryRepository(*j.db, j.clock).addMany(entries))
        qFatal("could not add the demo entries");
    Profile nurse;
    nurse.name = QStringLiteral("Alex Morgan");
    nurse.professions = {QStringLiteral("nurse")};
    nurse.nmcPin = QStringLiteral("12A3456E");
    nurse.registrationExpiry = QDate(2026, 6, 30);
    if (!ProfileRepository(*j.db, j.clock).save(nurse))
        qFatal("could not save the profile");
    if (written)
        *written = entries;
    auto window = std::make_unique<MainWindow>(std::move(j.db), j.clock);
    window->resize(1240, 780); // what scripts/screenshots.sh grabs on a 1280x800 screen
    return window;
}

// Shows the window on area, as a person opening it would see it.
bool showOn(MainWindow& window, const QString& area)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.showArea(area);
    return true;
}

// Widgets inside root that ask for more width than root's width (what a scroll area without a
// horizontal bar cuts off on the right), named for the failure message.
QStringList tooWide(QWidget* root, int width)
{
    QStringList out;
    const auto children = root->findChildren<QWidget*>();
    for (QWidget* w : children) {
        if (!w->isVisible())
            continue;
        const int right = w->mapTo(root, QPoint(0, 0)).x() + w->minimumSizeHint().width();
        if (right > width)
            out << QStringLiteral("%1 %2 \"%3\" needs %4")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                            w->accessibleName())
                       .arg(right);
    }
    return out;
}

// The texts the chart draws (axis labels, titles, legend), as a person sees them.
QStringList drawnTexts(QChart* chart)
{
    QStringList out;
    const auto items = chart->scene()->items();
    for (QGraphicsItem* item : items) {
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
            out << text->toPlainText();
    }
    return out;
}

// Names the chart does not draw in full: left out, or cut to "…".
QStringList notDrawn(QChart* chart, const QStringList& names)
{
    const QStringList drawn = drawnTexts(chart);
    QStringList out;
    for (const QString& name : names) {
        if (!drawn.contains(name))
            out << name;
    }
    return out;
}

} // namespace

class TestMainViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAnswerAll(QMessageBox::NoButton);
    }

    void openEntrySelectsItsRowBeforeTheListWasPainted()
    {
        test::TestJournal j;
        QList<Entry> entries;
        auto window = sampleWindow(j, &entries);
        JournalPage* page = window->journalPage();
        QCOMPARE(page->listModel()->rowCount(), kEntries);
        QCOMPARE(page->listModel()->cachedPages(), 0); // nothing painted yet: nothing cached

        // An entry on the third page of the list (newest first), which nothing has fetched.
        std::ranges::sort(entries, [](const Entry& a, const Entry& b) { return a.date > b.date; });
        const Entry& far = entries.at(kEntries - 10);
        QVERIFY(page->openEntry(far.id));
        QCOMPARE(page->editor()->entryId(), far.id);
        QCOMPARE(page->selectedId(), far.id);
        const int row = page->listView()->currentIndex().row();
        QVERIFY(row >= 2 * JournalListModel::kPageSize);
        QCOMPARE(page->listModel()->idAt(row), far.id);

        // Every entry of a busy day is found, not just the first of that date.
        for (const Entry& e : std::as_const(entries)) {
            if (e.date != far.date)
                continue;
            QVERIFY(page->openEntry(e.id));
            QCOMPARE(page->selectedId(), e.id);
        }

        // Once shown, the list scrolls to the entry opened.
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->showArea(QStringLiteral("journal")); // a profile makes Revalidation the first area
        const Entry& other = entries.at(kEntries - 100);
        QVERIFY(page->openEntry(other.id));
        QCOMPARE(page->selectedId(), other.id);
        QVERIFY(page->listView()->viewport()->rect().contains(
            page->listView()->visualRect(page->listView()->currentIndex())));
    }

    void editorFitsItsPaneWithALongEntryOpen()
    {
        test::TestJournal j;
        QList<Entry> entries;
        auto window = sampleWindow(j, &entries);
        // The longest reflection written with the NMC form, as on the journal screenshot.
        const Entry* longest = nullptr;
        for (const Entry& e : std::as_const(entries)) {
            auto length = [](const Entry& x) {
                qsizetype n = 0;
                for (const auto& [field, text] : x.reflection.asKeyValueRange())
                    n += text.size();
                return n;
            };
            if (e.templateId == QLatin1String("nmc") && (!longest || length(e) > length(*longest)))
                longest = &e;
        }
        QVERIFY(longest);
        QVERIFY(showOn(*window, QStringLiteral("journal")));
        QVERIFY(window->journalPage()->openEntry(longest->id));
        auto* scroll = window->journalPage()->editor()->findChild<QScrollArea*>();
        QVERIFY(scroll);
        // The topic suggestions for the entry (after the typing pause) are part of its width.
        QTRY_VERIFY(!window->journalPage()->editor()->topicPanel()->suggestions().isEmpty());
        QApplication::processEvents(); // let the layouts take the new rows in
        QWidget* content = scroll->widget();
        const int width = scroll->viewport()->width();
        QVERIFY2(content->minimumSizeHint().width() <= width,
                 qPrintable(QStringLiteral("%1 > %2: %3")
                                .arg(content->minimumSizeHint().width())
                                .arg(width)
                                .arg(tooWide(content, width).join(QLatin1String("; ")))));
        QVERIFY2(content->width() <= width,
                 qPrintable(QStringLiteral("%1 > %2").arg(content->width()).arg(width)));
    }

    void revalidationChartLabelsAreLevelAndFit()
    {
        test::TestJournal j;
        auto window = sampleWindow(j);
        QVERIFY(showOn(*window, QStringLiteral("revalidation")));
        RevalidationDashboard* dashboard = window->revalidation();
        // The figures arrive from a worker thread; the new chart lays itself out before it paints.
        QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isUpdating(), 10000);
        QApplication::processEvents();
        QChart* chart = dashboard->hoursChart();
        const auto axes = chart->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        auto* x = qobject_cast<QCategoryAxis*>(axes.first());
        QVERIFY(x);
        QCOMPARE(x->labelsAngle(), 0);
        const QStringList labels = x->categoriesLabels();
        QVERIFY2(labels.size() >= 6 && labels.size() <= 12,
                 qPrintable(labels.join(QLatin1String(", "))));
        QCOMPARE(labels.first(), QLocale().toString(QDate(2023, 7, 1), QStringLiteral("MMM yy")));
        // Each label fits the space to the next one on the plot, and is drawn in full.
        const double perMonth = chart->plotArea().width() / (x->max() - x->min());
        const QFontMetrics metrics(x->labelsFont());
        for (int i = 1; i < labels.size(); ++i) {
            const double space =
                (x->endValue(labels.at(i)) - x->endValue(labels.at(i - 1))) * perMonth;
            QVERIFY2(metrics.horizontalAdvance(labels.at(i)) < space,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(labels.at(i)).arg(space)));
        }
        const QStringList cut = notDrawn(chart, labels);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));

        // The evidence beside the requirements is filled from the start: the first requirement
        // still missing something is chosen.
        QVERIFY(dashboard->requirementView()->currentIndex().isValid());
        QVERIFY(dashboard->evidenceList()->count() > 0);
    }

    void topicsChartLabelsAreNotCut()
    {
        test::TestJournal j;
        auto window = sampleWindow(j);
        QVERIFY(showOn(*window, QStringLiteral("topics")));
        QChart* chart = window->topicsPage()->chartView()->chart();
        const auto axes = chart->axes(Qt::Vertical);
        QCOMPARE(axes.size(), 1);
        auto* names = qobject_cast<QBarCategoryAxis*>(axes.first());
        QVERIFY(names);
        QVERIFY(names->count() > 5);
        // Every name is drawn, in full.
        const QStringList cut = notDrawn(chart, names->categories());
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("not drawn in full: %1 (drawn: %2)")
                                               .arg(cut.join(QLatin1String(", ")),
                                                    drawnTexts(chart).join(QLatin1String(", ")))));
        // Nor cut by the view's left edge.
        const auto items = chart->scene()->items();
        for (QGraphicsItem* item : items) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item); text && text->isVisible())
                QVERIFY2(text->sceneBoundingRect().left() >= 0, qPrintable(text->toPlainText()));
        }
    }
};

QTEST_MAIN(TestMainViews)
#include "tst_mainviews.moc"
