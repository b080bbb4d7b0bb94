#include "TestJournal.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicFeedbackStore.h"
#include "topics/TopicSuggester.h"

#include <QTest>

using namespace cpd;

namespace {

QString first(const QList<TopicSuggestion>& s)
{
    return s.isEmpty() ? QString() : s.first().id;
}

QStringList ids(const QList<TopicSuggestion>& s)
{
    QStringList out;
    for (const auto& x : s)
        out << x.id;
    return out;
}

} // namespace

class TestTopicSuggester : public QObject
{
    Q_OBJECT

private slots:
    void firstChoice_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("topic");
        // Spellings and word forms
        QTest::newRow("US immunization") << "Reviewed immunization records for the children" << "immunisations";
        QTest::newRow("vaccinated") << "Most of the class were vaccinated last spring" << "immunisations";
        QTest::newRow("smokers") << "Two smokers asked for help today" << "smoking-and-tobacco";
        QTest::newRow("pediatric obesity") << "Pediatric clinic: children overweight, National Child Measurement Program letters" << "childhood-obesity";
        QTest::newRow("behavior") << "sedentary behavior in office workers and physical inactivity" << "physical-activity";
        // Abbreviations
        QTest::newRow("AMR") << "Team talk on AMR." << "antimicrobial-resistance";
        QTest::newRow("CVD") << "CVD risk review." << "cardiovascular-disease-prevention";
        QTest::newRow("MSK") << "MSK triage clinic." << "musculoskeletal-health";
        QTest::newRow("ACEs") << "Training on ACEs and their lifelong effects." << "vulnerabilities";
        QTest::newRow("LARC") << "LARC update." << "sexual-and-reproductive-health-and-hiv";
        QTest::newRow("SMI") << "Annual physical checks for people with SMI." << "wellbeing-and-mental-health";
        QTest::newRow("NRT") << "Started NRT." << "smoking-and-tobacco";
        // Phrases beat their words
        QTest::newRow("bowel cancer screening") << "We discussed bowel cancer screening kits." << "population-screening";
        QTest::newRow("sexual health") << "Placement in sexual health." << "sexual-and-reproductive-health-and-hiv";
    }
    void firstChoice()
    {
        QFETCH(QString, text);
        QFETCH(QString, topic);
        TopicSuggester s(TopicCatalogue::builtIn());
        const auto got = s.suggest(text);
        QVERIFY2(first(got) == topic, qPrintable(ids(got).join(QLatin1Char(','))));
    }

    void saysWhy()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        const auto got = s.suggest(u"Smoking cessation clinic: combination NRT and varenicline.");
        QCOMPARE(first(got), QStringLiteral("smoking-and-tobacco"));
        QVERIFY(got.first().matched.contains(QStringLiteral("smoking cessation")));
        QVERIFY(got.first().matched.contains(QStringLiteral("NRT")));
        QVERIFY(got.first().matched.contains(QStringLiteral("varenicline")));
        QVERIFY(got.first().score > 0);
        QCOMPARE(got.first().title, QStringLiteral("Smoking and tobacco: applying All Our Health"));
    }

    void rareTermsWeighMoreThanSharedOnes()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        // "active travel" is shared by four topics; "nitrogen dioxide" belongs to one.
        const auto got = s.suggest(u"active travel and nitrogen dioxide");
        QCOMPARE(first(got), QStringLiteral("air-pollution"));
    }

    void withdrawnTopicsAreNeverSuggested()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        const auto got = s.suggest(u"Tuberculosis: latent TB infection, BCG, night sweats and directly observed therapy for TB.", 30);
        QVERIFY(!ids(got).contains(QStringLiteral("tuberculosis")));
    }

    void nothingForUnrelatedText()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        QVERIFY(s.suggest(u"I updated the rota and ordered new printer paper.").isEmpty());
        QVERIFY(s.suggest(u"").isEmpty());
    }

    void titleAndTagsCount()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        TopicSuggester::Input in;
        in.title = QStringLiteral("Falls prevention study day");
        in.text = QStringLiteral("We covered loneliness and independence in later life.");
        in.tags = {QStringLiteral("falls")};
        QCOMPARE(first(s.suggest(in)), QStringLiteral("falls"));
        Entry e;
        e.title = QStringLiteral("Naloxone training");
        e.links = {{QStringLiteral("guideline"), QString(), QStringLiteral("Opioid overdose guidance")}};
        QCOMPARE(first(s.suggest(TopicSuggester::Input::fromEntry(e))), QStringLiteral("misuse-of-illicit-drugs-and-medicines"));
    }

    void limit()
    {
        TopicSuggester s(TopicCatalogue::builtIn());
        const QString text = QStringLiteral("smoking alcohol obesity dementia falls immunisation screening");
        QCOMPARE(s.suggest(text, 3).size(), 3);
        QVERIFY(s.suggest(text, 10).size() >= 7);
    }

    void learningShiftsRanking()
    {
        test::TestJournal journal;
        TopicFeedbackStore store(*journal.db, journal.clock);
        TopicSuggester s(TopicCatalogue::builtIn());
        // Roughly balanced between two topics.
        const QString text = QStringLiteral("Breastfeeding and smoking in pregnancy.");
        const auto before = s.suggest(text);
        QVERIFY(before.size() >= 2);
        const QString top = before.at(0).id;
        const QString second = before.at(1).id;

        // This person keeps rejecting the first and accepting the second.
        for (int i = 0; i < 3; ++i) {
            { auto r = store.record(top, before.at(0).matched, false); QVERIFY2(r, r ? "" : qPrintable(r.error().message)); }
            QVERIFY(store.record(second, before.at(1).matched, true));
        }
        const auto feedback = store.load();
        QVERIFY(feedback);
        QCOMPARE(feedback->topics.value(top).rejected, 3);
        QCOMPARE(feedback->topics.value(second).accepted, 3);
        s.setFeedback(*feedback);
        const auto after = s.suggest(text);
        QCOMPARE(first(after), second);

        // Forgetting restores the original order.
        QVERIFY(store.clear());
        s.setFeedback(*store.load());
        QCOMPARE(first(s.suggest(text)), top);
    }

    void rejectedTermCountsLessForThatTopicOnly()
    {
        TopicFeedback f;
        f.terms.insert(TopicFeedback::termKey(QStringLiteral("alcohol"), TopicSuggester::termKey(QStringLiteral("wine"))), {0, 3});
        QVERIFY(f.termFactor(QStringLiteral("alcohol"), TopicSuggester::termKey(QStringLiteral("wine"))) < 0.5);
        QCOMPARE(f.termFactor(QStringLiteral("alcohol"), TopicSuggester::termKey(QStringLiteral("beer"))), 1.0);
        QCOMPARE(f.topicFactor(QStringLiteral("alcohol")), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestTopicSuggester)
#include "tst_topicsuggester.moc"
