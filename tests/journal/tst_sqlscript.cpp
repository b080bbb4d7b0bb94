#include "storage/SqlScript.h"

#include <QTest>

using namespace cpd;

class TestSqlScript : public QObject
{
    Q_OBJECT

private slots:
    void splitsOnSemicolonsOutsideQuotesAndComments()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x TEXT DEFAULT ';');\n"
            "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
            "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = 'y';\n  DELETE FROM a WHERE 0;\nEND;\n"
            "SELECT 1");
        const QStringList s = SqlScript::split(script);
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE a (x TEXT DEFAULT ';');"));
        QCOMPARE(s.at(1), QStringLiteral("INSERT INTO a VALUES ('it''s; fine');"));
        QVERIFY(s.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
        QVERIFY(s.at(2).endsWith(QStringLiteral("END;")));
        QCOMPARE(s.at(3), QStringLiteral("SELECT 1"));
    }

    void aCommentOnlyScriptHasNoStatements()
    {
        QVERIFY(SqlScript::split(QStringLiteral("-- nothing yet\n")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
