#include "search/FtsQuery.h"

#include <QTest>

using namespace cpd;

class TestFtsQuery : public QObject
{
    Q_OBJECT

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << QStringLiteral("asthma") << QStringLiteral("\"asthma\"");
        QTest::newRow("words") << QStringLiteral(" leg  ulcer ") << QStringLiteral("\"leg\" \"ulcer\"");
        QTest::newRow("prefix") << QStringLiteral("hyper*") << QStringLiteral("\"hyper\"*");
        QTest::newRow("phrase") << QStringLiteral("\"blood pressure\" NG136") << QStringLiteral("\"blood pressure\" \"NG136\"");
        QTest::newRow("unclosed phrase") << QStringLiteral("\"blood pressure") << QStringLiteral("\"blood pressure\"");
        QTest::newRow("operators are words") << QStringLiteral("NOT OR") << QStringLiteral("\"NOT\" \"OR\"");
        QTest::newRow("punctuation only") << QStringLiteral("* - ( ) ''") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("quote inside word") << QStringLiteral("o\"brien") << QStringLiteral("\"o\" \"brien\"");
    }

    void translates()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::fromUserText(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
