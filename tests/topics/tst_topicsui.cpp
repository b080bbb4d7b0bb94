#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicCoverageModel.h"
#include "topics/TopicFeedbackStore.h"
#include "topics/TopicMappingPanel.h"
#include "topics/TopicsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace cpd;

class TestTopicsUi : public QObject
{
    Q_OBJECT

private slots:
    void panelSuggestsAsYouTypeAndAcceptsWithOneClick()
    {
        test::TestJournal j;
        TopicFeedbackStore store(*j.db, j.clock);
        TopicMappingPanel panel(TopicCatalogue::builtIn());
        panel.setFeedbackStore(&store);
        panel.show();
        QSignalSpy changed(&panel, &TopicMappingPanel::mappingsChanged);

        TopicSuggester::Input in;
        in.title = QStringLiteral("Stop smoking clinic");
        in.text = QStringLiteral("Combination NRT and varenicline for a heavy smoker.");
        panel.setSourceText(in);
        QVERIFY(panel.suggestions().isEmpty()); // debounced: nothing while typing
        QTRY_VERIFY(!panel.suggestions().isEmpty());
        QCOMPARE(panel.suggestions().first().id, QStringLiteral("smoking-and-tobacco"));

        auto* accept = panel.findChild<QPushButton*>(QStringLiteral("acceptSuggestion0"));
        QVERIFY(accept);
        QVERIFY(!accept->accessibleName().isEmpty());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.mappings(), (QList<TopicMapping>{{QStringLiteral("smoking-and-tobacco"), QStringLiteral("individual")}}));
        QCOMPARE(panel.mappingTable()->rowCount(), 1);
        for (const TopicSuggestion& s : panel.suggestions())
            QVERIFY(s.id != QLatin1String("smoking-and-tobacco")); // mapped topics are not suggested again
        QCOMPARE(store.load()->topics.value(QStringLiteral("smoking-and-tobacco")).accepted, 1);

        // The level is chosen per mapping.
        auto* level = qobject_cast<QComboBox*>(panel.mappingTable()->cellWidget(0, 1));
        QVERIFY(level);
        const int family = level->findData(QStringLiteral("family"));
        QVERIFY(family >= 0);
        level->setCurrentIndex(family);
        emit level->activated(family);
        QCOMPARE(panel.mappings().first().level, QStringLiteral("family"));
    }

    void dismissingRemembersARejection()
    {
        test::TestJournal j;
        TopicFeedbackStore store(*j.db, j.clock);
        TopicMappingPanel panel(TopicCatalogue::builtIn());
        panel.setFeedbackStore(&store);
        TopicSuggester::Input in;
        in.text = QStringLiteral("Breastfeeding support and smoking in pregnancy");
        panel.setSourceText(in);
        panel.updateSuggestionsNow();
        QVERIFY(panel.suggestions().size() >= 2);
        const QString first = panel.suggestions().first().id;
        auto* dismiss = panel.findChild<QToolButton*>(QStringLiteral("dismissSuggestion0"));
        QVERIFY(dismiss);
        QTest::mouseClick(dismiss, Qt::LeftButton);
        QVERIFY(panel.suggestions().first().id != first);
        QCOMPARE(store.load()->topics.value(first).rejected, 1);
        QVERIFY(panel.mappings().isEmpty());
    }

    void unknownAndWithdrawnMappingsAreKept()
    {
        TopicMappingPanel panel(TopicCatalogue::builtIn());
        const QList<TopicMapping> old{{QStringLiteral("retired-topic"), QStringLiteral("community")},
                                      {QStringLiteral("tuberculosis"), QStringLiteral("individual")}};
        panel.setMappings(old);
        QCOMPARE(panel.mappings(), old);
        QVERIFY(panel.mappingTable()->item(0, 0)->text().contains(QStringLiteral("Unknown topic")));
        QVERIFY(panel.mappingTable()->item(1, 0)->text().contains(QStringLiteral("withdrawn")));
        panel.removeMapping(QStringLiteral("tuberculosis"));
        QCOMPARE(panel.mappings().size(), 1);
    }

    void coverageModel()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        Entry a = test::TestJournal::sampleEntry(QStringLiteral("Smoking"));
        a.date = QDate(2026, 1, 5);
        a.topics = {{QStringLiteral("smoking-and-tobacco"), QStringLiteral("individual")}};
        QVERIFY(repo.add(a));
        Entry b = test::TestJournal::sampleEntry(QStringLiteral("Old"));
        b.date = QDate(2026, 2, 5);
        b.topics = {{QStringLiteral("retired-topic"), QStringLiteral("population")}};
        QVERIFY(repo.add(b));

        TopicsPage page(*j.db, j.clock, TopicCatalogue::builtIn());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.setPeriod(QDate(2025, 6, 1), QDate(2026, 3, 14));
        QVERIFY(page.model()->rowCount() > 20);
        QCOMPARE(page.model()->index(0, TopicCoverageModel::NameColumn).data().toString(), QStringLiteral("Smoking and tobacco"));
        QCOMPARE(page.model()->index(0, TopicCoverageModel::EntriesColumn).data().toInt(), 1);
        QVERIFY(page.chartView()->chart());
        QVERIFY(page.notCoveredList()->count() > 20);

        // Drill down, then filter by level.
        page.selectTopic(QStringLiteral("smoking-and-tobacco"));
        QCOMPARE(page.entryList()->count(), 1);
        QSignalSpy open(&page, &TopicsPage::openEntryRequested);
        emit page.entryList()->itemActivated(page.entryList()->item(0));
        QCOMPARE(open.count(), 1);
        const EntryFilter f = page.currentFilter();
        QCOMPARE(f.topicId, QStringLiteral("smoking-and-tobacco"));
        auto* level = page.findChild<QComboBox*>(QString(), Qt::FindChildrenRecursively);
        QVERIFY(level);
        const auto combos = page.findChildren<QComboBox*>();
        for (QComboBox* c : combos) {
            if (c->accessibleName() == QLatin1String("Level of action"))
                c->setCurrentIndex(c->findData(QStringLiteral("family")));
        }
        QCOMPARE(page.currentFilter().topicLevel, QStringLiteral("family"));
        QCOMPARE(page.entryList()->count(), 0);

        // The unknown topic keeps its entry and is shown as unknown.
        bool found = false;
        for (int r = 0; r < page.model()->rowCount(); ++r) {
            if (page.model()->index(r, 0).data(TopicCoverageModel::IdRole) == QStringLiteral("retired-topic")) {
                found = true;
                QVERIFY(page.model()->index(r, 0).data().toString().contains(QStringLiteral("Unknown")));
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestTopicsUi)
#include "tst_topicsui.moc"
