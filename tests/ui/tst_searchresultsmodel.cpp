#include "TestJournal.h"

#include "journal/EntryRepository.h"
#include "journal/SearchResultsModel.h"
#include "search/EntrySearch.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cpd;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void showsHitsWithHighlightedSnippets()
    {
        test::TestJournal j;
        EntryRepository repo(*j.db, j.clock);
        QVERIFY(repo.add(test::TestJournal::sampleEntry()).has_value());
        QVERIFY(repo.add(test::TestJournal::sampleEntry(QStringLiteral("Sepsis recognition"))).has_value());
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto hits = EntrySearch(*j.db).search(QStringLiteral("sepsis"));
        QVERIFY(hits.has_value());
        model.setHits(*hits);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, SearchResultsModel::TitleColumn).data().toString(), QStringLiteral("Sepsis recognition"));
        const QString html = model.index(0, SearchResultsModel::SnippetColumn).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(html.contains(QLatin1String("<b>Sepsis</b>")), qPrintable(html));
        const QString plain = model.index(0, SearchResultsModel::SnippetColumn).data().toString();
        QVERIFY(!plain.contains(QChar(SearchHit::kMatchStart)));
        QVERIFY(plain.contains(QLatin1String("Sepsis")));
        QCOMPARE(model.idAt(0), hits->first().id);
        model.setHits({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.idAt(0), QString());
    }

    void escapesHtmlInSnippets()
    {
        SearchHit hit;
        hit.id = QStringLiteral("x");
        hit.title = QStringLiteral("<script>");
        hit.snippet = QStringLiteral("a <i>b</i> ") + QChar(SearchHit::kMatchStart) + QStringLiteral("c")
                      + QChar(SearchHit::kMatchEnd);
        SearchResultsModel model;
        model.setHits({hit});
        const QString html = model.index(0, SearchResultsModel::SnippetColumn).data(SearchResultsModel::SnippetHtmlRole).toString();
        QCOMPARE(html, QStringLiteral("a &lt;i&gt;b&lt;/i&gt; <b>c</b>"));
    }
};

QTEST_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
