#include "topics/TopicText.h"

#include <QTest>

using namespace cpd;

class TestTopicText : public QObject
{
    Q_OBJECT

private slots:
    void sameStem_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("immunization/immunisation") << "immunization" << "immunisation";
        QTest::newRow("immunised/immunisation") << "immunised" << "immunisations";
        QTest::newRow("vaccinations/vaccine") << "vaccinations" << "vaccine";
        QTest::newRow("vaccinated/vaccine") << "vaccinated" << "vaccines";
        QTest::newRow("behavior/behaviours") << "behavior" << "behaviours";
        QTest::newRow("anemia/anaemia") << "anemia" << "anaemia";
        QTest::newRow("pediatric/paediatric") << "pediatric" << "paediatric";
        QTest::newRow("edema/oedema") << "edema" << "oedema";
        QTest::newRow("diarrhea/diarrhoea") << "diarrhea" << "diarrhoea";
        QTest::newRow("counseling/counselling") << "counseling" << "counselling";
        QTest::newRow("program/programme") << "program" << "programme";
        QTest::newRow("smokers/smoking") << "smokers" << "smoking";
        QTest::newRow("smoked/smoke") << "smoked" << "smoke";
        QTest::newRow("falls/falling") << "falls" << "falling";
        QTest::newRow("inequalities/inequality") << "inequalities" << "inequality";
        QTest::newRow("obesity/obese") << "obesity" << "obese";
        QTest::newRow("diabetic/diabetes") << "diabetic" << "diabetes";
        QTest::newRow("screened/screening") << "screened" << "screening";
        QTest::newRow("ACEs/ACE") << "aces" << "ace";
        QTest::newRow("vulnerability/vulnerable") << "vulnerability" << "vulnerable";
        QTest::newRow("aging/ageing") << "aging" << "ageing";
        QTest::newRow("practise/practice") << "practise" << "practice";
    }
    void sameStem()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QCOMPARE(TopicText::stem(a), TopicText::stem(b));
    }

    void differentStems()
    {
        QVERIFY(TopicText::stem(QStringLiteral("care")) != TopicText::stem(QStringLiteral("car")));
        QVERIFY(TopicText::stem(QStringLiteral("smoking")) != TopicText::stem(QStringLiteral("drinking")));
    }

    void words()
    {
        QStringList got;
        TopicText::forEachWord(u"Children's e-cigarettes, PM2.5 and AUDIT-C!", [&](QString&& w) { got << w; });
        QCOMPARE(got, (QStringList{QStringLiteral("childrens"), QStringLiteral("e"), QStringLiteral("cigarettes"),
                                   QStringLiteral("pm2"), QStringLiteral("5"), QStringLiteral("and"),
                                   QStringLiteral("audit"), QStringLiteral("c")}));
    }
};

QTEST_GUILESS_MAIN(TestTopicText)
#include "tst_topictext.moc"
