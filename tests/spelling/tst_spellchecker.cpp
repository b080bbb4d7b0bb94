#include "spelling/PersonalDictionary.h"
#include "spelling/SpellChecker.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

// Against the system's en_GB Hunspell dictionary (hunspell-en-gb), as the app uses it.
class TestSpellChecker : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SpellChecker> m_checker;

    QStringList misspelt(const QString& text) const
    {
        QStringList out;
        const QList<WordTokenizer::Word> found = m_checker->misspelt(text);
        for (const WordTokenizer::Word& w : found)
            out << text.mid(w.start, w.length);
        return out;
    }

private slots:
    void initTestCase()
    {
        auto opened = SpellChecker::open();
        QVERIFY2(opened.has_value(), opened ? "" : qPrintable(opened.error().message));
        m_checker = std::move(*opened);
    }

    void britishSpelling()
    {
        QVERIFY(m_checker->isCorrect(u"haemorrhage"));
        QVERIFY(m_checker->isCorrect(u"organisation"));
        QVERIFY(m_checker->isCorrect(u"colour"));
        QVERIFY(m_checker->isCorrect(u"Reflection")); // initial capital of a dictionary word
        QVERIFY(!m_checker->isCorrect(u"recieve"));
        QVERIFY(!m_checker->isCorrect(u"definately"));
    }

    void apostrophesAndPossessives()
    {
        QVERIFY(m_checker->isCorrect(u"didn't"));
        QVERIFY(m_checker->isCorrect(u"didn’t")); // typographic apostrophe
        QVERIFY(m_checker->isCorrect(u"patient's"));
        QVERIFY(m_checker->isCorrect(u"salbutamol's")); // possessive of a clinical word
    }

    void clinicalWordsAreKnown()
    {
        const QStringList words = SpellChecker::clinicalWords();
        QVERIFY2(words.size() >= 500, qPrintable(QString::number(words.size())));
        QStringList rejected;
        for (const QString& w : words) {
            if (!m_checker->isCorrect(w))
                rejected << w;
        }
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.join(QLatin1String(", "))));
    }

    void clinicalProseIsClean()
    {
        const QString text = QStringLiteral(
            "Reviewed a man with COPD and an eGFR of 52 on apixaban and bisoprolol; HbA1c 58 mmol/mol. "
            "Discussed DNACPR and his ReSPECT form, signposted to the PCN's social prescriber and checked "
            "the NICE and SIGN guidance (see https://www.nice.org.uk/guidance/ng115). The NMC, HCPC, GPhC "
            "and CQC expect reflective practice; QOF targets drive the practice's anticoagulation audit. "
            "His NHS number is 943 476 5919. I'd deprescribe the co-codamol and review his polypharmacy.");
        QCOMPARE(misspelt(text).join(QLatin1Char(' ')), QString());
        QCOMPARE(misspelt(QStringLiteral("a follow-up and/or a COPD-related self-care plan")), QStringList{});
        QCOMPARE(misspelt(QStringLiteral("a follow-upp")), QStringList{QStringLiteral("follow-upp")});
        QCOMPARE(misspelt(QStringLiteral("Pentrefoel Glangwili")).join(QLatin1Char(' ')), QStringLiteral("Pentrefoel Glangwili"));
    }

    void misspellingsAreFound()
    {
        const QString text = QStringLiteral("I recieved feedback on my definately improved asthma reveiw.");
        QCOMPARE(misspelt(text), (QStringList{QStringLiteral("recieved"), QStringLiteral("definately"),
                                              QStringLiteral("reveiw")}));
    }

    void suggestions()
    {
        const QStringList s = m_checker->suggestions(u"recieve", 7);
        QVERIFY(!s.isEmpty());
        QVERIFY(s.size() <= 7);
        QCOMPARE(s.first(), QStringLiteral("receive"));
        QVERIFY(m_checker->suggestions(u"paracetmol", 7).contains(QStringLiteral("paracetamol")));
        QVERIFY(m_checker->suggestions(u"haemorrage", 3).size() <= 3);
    }

    void addedWordsAreAccepted()
    {
        QVERIFY(!m_checker->isCorrect(u"Wrexhamite"));
        m_checker->addWords({QStringLiteral("Wrexhamite")});
        QVERIFY(m_checker->isCorrect(u"Wrexhamite"));
    }

    void missingDictionaryIsAClearError()
    {
        QTemporaryDir empty;
        const auto opened = SpellChecker::open(QStringLiteral("en_GB"), {empty.path()});
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(QLatin1String("hunspell-en-gb")));
        QVERIFY(opened.error().message.contains(empty.path()));
        QVERIFY(!SpellChecker::open(QStringLiteral("xx_XX"))); // an unknown language too
    }

    void personalDictionaryRoundTrip()
    {
        QTemporaryDir dir;
        PersonalDictionary dictionary(dir.filePath(QStringLiteral("sub/personal-dictionary.txt")));
        QCOMPARE(dictionary.load().value(), QStringList{});
        QVERIFY(dictionary.add(QStringLiteral("Pentrefoel")));
        QVERIFY(dictionary.add(QStringLiteral("anticoag")));
        QVERIFY(dictionary.add(QStringLiteral("Pentrefoel"))); // once only
        QCOMPARE(dictionary.load().value(), (QStringList{QStringLiteral("anticoag"), QStringLiteral("Pentrefoel")}));
        QVERIFY(!dictionary.add(QStringLiteral("   ")));

        // An unreadable path says which file and why, and writes nothing.
        PersonalDictionary blocked(dir.filePath(QStringLiteral("sub/personal-dictionary.txt/inside.txt")));
        const Status added = blocked.add(QStringLiteral("word"));
        QVERIFY(!added);
        QVERIFY(added.error().message.contains(QLatin1String("inside.txt")));
        QCOMPARE(dictionary.load().value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
