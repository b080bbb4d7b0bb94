#include "spelling/WordTokenizer.h"

#include <QTest>

using namespace cpd;

class TestWordTokenizer : public QObject
{
    Q_OBJECT

private:
    static QStringList words(const QString& text)
    {
        QStringList out;
        const QList<WordTokenizer::Word> found = WordTokenizer::words(text);
        for (const WordTokenizer::Word& w : found)
            out << text.mid(w.start, w.length);
        return out;
    }

private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QStringLiteral("I saw a patient today.")
                               << QStringList{QStringLiteral("saw"), QStringLiteral("patient"), QStringLiteral("today")};
        QTest::newRow("apostrophes") << QStringLiteral("The patient's wife didn’t 'know'.")
                                     << QStringList{QStringLiteral("The"), QStringLiteral("patient's"),
                                                    QStringLiteral("wife"), QStringLiteral("didn’t"),
                                                    QStringLiteral("know")};
        QTest::newRow("plural possessive") << QStringLiteral("the nurses' room")
                                           << QStringList{QStringLiteral("the"), QStringLiteral("nurses"),
                                                          QStringLiteral("room")};
        QTest::newRow("compounds whole") << QStringLiteral("a follow-up for self-care, and/or co-codamol")
                                         << QStringList{QStringLiteral("follow-up"), QStringLiteral("for"),
                                                        QStringLiteral("self-care"), QStringLiteral("and/or"),
                                                        QStringLiteral("co-codamol")};
        QTest::newRow("abbreviations") << QStringLiteral("NICE and the CQC told GPs about NSAIDs in COPD")
                                       << QStringList{QStringLiteral("and"), QStringLiteral("the"),
                                                      QStringLiteral("told"), QStringLiteral("about"),
                                                      QStringLiteral("in")};
        QTest::newRow("digits") << QStringLiteral("HbA1c 48 mmol, PHQ-9 of 12, B12, 2nd dose, 5mg")
                                << QStringList{QStringLiteral("mmol"), QStringLiteral("of"), QStringLiteral("dose")};
        QTest::newRow("NHS number") << QStringLiteral("NHS 943 476 5919 and 9434765919") << QStringList{QStringLiteral("and")};
        QTest::newRow("urls") << QStringLiteral("See https://www.nice.org.uk/guidance/ng80 or www.bnf.org, nice.org.uk/x and cks.nice.org.uk.")
                              << QStringList{QStringLiteral("See"), QStringLiteral("or"), QStringLiteral("and")};
        QTest::newRow("email") << QStringLiteral("mail jo.bloggs@nhs.net today")
                               << QStringList{QStringLiteral("mail"), QStringLiteral("today")};
        QTest::newRow("brackets and quotes") << QStringLiteral("(asthma) “wheeze” [cough]")
                                             << QStringList{QStringLiteral("asthma"), QStringLiteral("wheeze"),
                                                            QStringLiteral("cough")};
        QTest::newRow("e.g. and single letters") << QStringLiteral("e.g. a b c")
                                                 << QStringList{};
        QTest::newRow("accents") << QStringLiteral("Schön's café") << QStringList{QStringLiteral("Schön's"), QStringLiteral("café")};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    void positionsAreInTheText()
    {
        const QString text = QStringLiteral("  Reflect, then act.");
        const QList<WordTokenizer::Word> found = WordTokenizer::words(text);
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0), (WordTokenizer::Word{2, 7}));
        QCOMPARE(found.at(2), (WordTokenizer::Word{16, 3}));
    }

    void compoundParts()
    {
        auto parts = [](const QString& word) {
            QStringList out;
            const QList<QStringView> found = WordTokenizer::parts(word);
            for (QStringView p : found)
                out << p.toString();
            return out;
        };
        QCOMPARE(parts(QStringLiteral("follow-up")), (QStringList{QStringLiteral("follow"), QStringLiteral("up")}));
        QCOMPARE(parts(QStringLiteral("COPD-related")), QStringList{QStringLiteral("related")});
        QCOMPARE(parts(QStringLiteral("x-ray")), QStringList{QStringLiteral("ray")});
        QCOMPARE(parts(QStringLiteral("asthma")), QStringList{QStringLiteral("asthma")});
    }

    void abbreviations()
    {
        QVERIFY(WordTokenizer::isAbbreviation(u"DNACPR"));
        QVERIFY(WordTokenizer::isAbbreviation(u"GPs"));
        QVERIFY(!WordTokenizer::isAbbreviation(u"Asthma"));
        QVERIFY(!WordTokenizer::isAbbreviation(u"eGFR")); // mixed case: the word list knows it
        QVERIFY(!WordTokenizer::isAbbreviation(u"I"));
    }
};

QTEST_APPLESS_MAIN(TestWordTokenizer)
#include "tst_wordtokenizer.moc"
