#include "privacy/ConfidentialityScanner.h"

#include <QTest>

using namespace cpd;

namespace {

// "kind:text" of every finding, in order.
QStringList found(const QString& text)
{
    QStringList out;
    const QList<Finding> findings = ConfidentialityScanner().scan(text);
    for (const Finding& f : findings)
        out << f.kind + QLatin1Char(':') + f.text;
    return out;
}

} // namespace

class TestConfidentialityScanner : public QObject
{
    Q_OBJECT

private slots:
    void modulus11()
    {
        QVERIFY(ConfidentialityScanner::isValidNhsNumber(QStringLiteral("9434765919")));
        QVERIFY(ConfidentialityScanner::isValidNhsNumber(QStringLiteral("4010232137")));
        QVERIFY(!ConfidentialityScanner::isValidNhsNumber(QStringLiteral("9434765918")));
        // 448366946 sums to a check digit of 10: no final digit makes it valid
        for (int last = 0; last <= 9; ++last)
            QVERIFY(!ConfidentialityScanner::isValidNhsNumber(QStringLiteral("448366946") + QString::number(last)));
        // a remainder of 0 gives a check digit of 0 (11 - 0 = 11 -> 0)
        QVERIFY(ConfidentialityScanner::isValidNhsNumber(QStringLiteral("6416721104")));
        QVERIFY(!ConfidentialityScanner::isValidNhsNumber(QStringLiteral("943476591")));
        QVERIFY(!ConfidentialityScanner::isValidNhsNumber(QStringLiteral("94347659x9")));
    }

    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        auto row = [](const char* name, const char* text, QStringList expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        // NHS numbers
        row("nhs spaced", "NHS 943 476 5919.", {QStringLiteral("nhs_number:943 476 5919")});
        row("nhs dashed", "no. 943-476-5919", {QStringLiteral("nhs_number:943-476-5919")});
        row("nhs run", "(9434765919)", {QStringLiteral("nhs_number:9434765919")});
        row("nhs mixed separators", "943-476 5919", {});
        row("nhs 4-3-3", "9434 765 919", {});
        row("nhs failing check", "943 476 5918", {});
        row("nhs remainder 10", "4483669460 and 448 366 9467", {});
        row("nhs in longer number", "19434765919 and 94347659190", {});
        row("nhs after a decimal", "12.9434765919", {});
        row("nhs in a url", "https://example.org/9434765919", {});
        row("nhs hashtag", "#9434765919", {});
        row("nhs further group", "943 476 5919 12", {});
        row("nhs isbn", "ISBN 9434765919", {});
        // postcodes
        row("postcode A9 9AA", "lives in M1 1AE now", {QStringLiteral("postcode:M1 1AE")});
        row("postcode A99 9AA", "B33 8TH", {QStringLiteral("postcode:B33 8TH")});
        row("postcode AA9A 9AA", "SW1A 2AA", {QStringLiteral("postcode:SW1A 2AA")});
        row("postcode A9A 9AA", "W1D 4FA", {QStringLiteral("postcode:W1D 4FA")});
        row("postcode AA99 9AA", "CR26 9XH", {QStringLiteral("postcode:CR26 9XH")});
        row("postcode no space", "LS62QB", {QStringLiteral("postcode:LS62QB")});
        row("postcode lowercase", "ls6 2qb", {QStringLiteral("postcode:ls6 2qb")});
        row("postcode lowercase run together", "ls62qb", {});
        row("postcode inward letter C", "LS6 2CB", {});
        row("postcode ordinal", "A1 1st", {});
        row("postcode outward only", "NG7 and NG136", {});
        row("postcode first letter Q", "QA1 1AA", {});
        // phones
        row("mobile", "07700 900123", {QStringLiteral("phone:07700 900123")});
        row("mobile grouped", "07700 900 123", {QStringLiteral("phone:07700 900 123")});
        row("mobile +44", "+44 7700 900123", {QStringLiteral("phone:+44 7700 900123")});
        row("mobile 0044", "0044 7700 900123", {QStringLiteral("phone:0044 7700 900123")});
        row("landline brackets", "(0113) 496 0000", {QStringLiteral("phone:(0113) 496 0000")});
        row("landline +44 (0)", "+44 (0)113 496 0000", {QStringLiteral("phone:+44 (0)113 496 0000")});
        row("landline dashes", "020-7946-0958", {QStringLiteral("phone:020-7946-0958")});
        row("landline 10 digits", "016977 4567", {QStringLiteral("phone:016977 4567")});
        row("freephone", "0800 123 4567", {});
        row("mobile too short", "07700 90012", {});
        row("mobile too long", "07700 9001234", {});
        row("date with dashes", "01-02-2024", {});
        row("version with dots", "0.1.2.3.4.5.6.7.8.9", {});
        row("phone in longer number", "107700900123", {});
        // emails
        row("email", "write to a.b-c+d@nhs.net.", {QStringLiteral("email:a.b-c+d@nhs.net")});
        row("email subdomain", "x@mail.example.co.uk", {QStringLiteral("email:x@mail.example.co.uk")});
        row("handle", "@NHSEngland and @RCNi", {});
        row("no tld", "jo@localhost", {});
        // dates of birth
        row("dob slashes", "DOB 01/02/1960", {QStringLiteral("date_of_birth:01/02/1960")});
        row("dob colon", "D.O.B.: 1/2/60", {QStringLiteral("date_of_birth:1/2/60")});
        row("dob iso", "date of birth 1960-02-01", {QStringLiteral("date_of_birth:1960-02-01")});
        row("born words", "born on the 1st of February 1960", {QStringLiteral("date_of_birth:1st of February 1960")});
        row("born day month year", "born 1st February 1960", {QStringLiteral("date_of_birth:1st February 1960")});
        row("born of", "born 1st of Feb 1960", {QStringLiteral("date_of_birth:1st of Feb 1960")});
        row("born american", "born Feb 1, 1960", {QStringLiteral("date_of_birth:Feb 1, 1960")});
        row("b. dotted", "b. 1.2.1960", {QStringLiteral("date_of_birth:1.2.1960")});
        row("dob after", "01/02/1960 (DOB)", {QStringLiteral("date_of_birth:01/02/1960")});
        row("born month year", "born in May 1960", {QStringLiteral("date_of_birth:May 1960")});
        row("born year only", "born in 1960", {});
        row("course date", "Course on 01/02/2024 at 09:00", {});
        row("date far from born", "She was born in Leeds and on 01/02/2024 came to clinic", {});
        row("newborn", "newborn check 01/02/2024", {});
        row("bad month", "DOB 01/13/1960", {});
        // names
        row("mrs surname", "saw Mrs Patel today", {QStringLiteral("person_name:Mrs Patel")});
        row("mr apostrophe", "Mr O'Connor", {QStringLiteral("person_name:Mr O'Connor")});
        row("mr typographic apostrophe", "Mr O\u2019Connor", {QStringLiteral("person_name:Mr O\u2019Connor")});
        row("mc", "Dr McDonald", {QStringLiteral("person_name:Dr McDonald")});
        row("hyphenated", "Mrs Smith-Jones", {QStringLiteral("person_name:Mrs Smith-Jones")});
        row("first and surname", "Dr Sarah Jones said", {QStringLiteral("person_name:Dr Sarah Jones")});
        row("initials", "Mr A.B. Jones", {QStringLiteral("person_name:Mr A.B. Jones")});
        row("dotted title", "Dr. Jones", {QStringLiteral("person_name:Dr. Jones")});
        row("caps", "MRS PATEL", {QStringLiteral("person_name:MRS PATEL")});
        row("dr lowercase", "the Dr said", {});
        row("dr guideline", "Dr NG136", {});
        row("dr acronym", "Dr NICE", {});
        row("dr sentence", "I rang the Dr. Then I waited.", {});
        row("nurse practitioner", "Nurse Practitioner clinics", {});
        row("dr foster intelligence", "Dr Foster Intelligence data", {});
        row("dr foster", "Dr Foster saw him", {QStringLiteral("person_name:Dr Foster")});
        row("MR tablets", "nifedipine MR Tablets", {});
        row("month first name", "Mrs May Smith", {QStringLiteral("person_name:Mrs May Smith")});
        row("title alone", "Mr and Mrs", {});
        row("mister inside word", "Drummond and Mrsa", {});
        row("hashtag", "#DrJones", {});
    }
    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(found(text), expected);
    }

    void offsets()
    {
        const QString text = QStringLiteral("Mrs Patel, DOB 01/02/1960, NHS 943 476 5919, jo@nhs.net");
        const QList<Finding> findings = ConfidentialityScanner().scan(text);
        QCOMPARE(findings.size(), 4);
        for (const Finding& f : findings) {
            QCOMPARE(text.mid(f.start, f.end - f.start), f.text);
            QCOMPARE(f.start, text.indexOf(f.text));
        }
        QCOMPARE(findings.at(0).start, 0);
        QCOMPARE(findings.at(0).end, 9);
        QCOMPARE(findings.last().end, text.size());
    }

    void unicodeBeforeAMatch()
    {
        // accented letters, a typographic apostrophe and an emoji (two UTF-16 units) first
        const QString text = QStringLiteral("Zoë’s café chat 😀 — NHS 943 476 5919 and Mrs Łukasiewicz");
        const QList<Finding> findings = ConfidentialityScanner().scan(text);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).kind, ConfidentialityScanner::kindNhsNumber());
        QCOMPARE(findings.at(0).start, text.indexOf(QStringLiteral("943")));
        QCOMPARE(findings.at(0).end, findings.at(0).start + 12);
        QCOMPARE(findings.at(1).text, QStringLiteral("Mrs Łukasiewicz"));
        QCOMPARE(text.mid(findings.at(1).start, findings.at(1).end - findings.at(1).start), findings.at(1).text);
    }

    void emptyAndEdges()
    {
        QVERIFY(ConfidentialityScanner().scan(QString()).isEmpty());
        QVERIFY(ConfidentialityScanner().scan(QStringLiteral("@")).isEmpty());
        QVERIFY(ConfidentialityScanner().scan(QStringLiteral("Mrs")).isEmpty());
        QVERIFY(ConfidentialityScanner().scan(QStringLiteral("+44")).isEmpty());
        QVERIFY(ConfidentialityScanner().scan(QStringLiteral("DOB")).isEmpty());
        QCOMPARE(found(QStringLiteral("9434765919")), QStringList{QStringLiteral("nhs_number:9434765919")});
        QCOMPARE(found(QStringLiteral("M1 1AE")), QStringList{QStringLiteral("postcode:M1 1AE")});
    }

    void findingsDoNotOverlap()
    {
        const QList<Finding> findings = ConfidentialityScanner().scan(QStringLiteral("07700900123@sms.example.com Mrs Patel Mrs Patel"));
        for (qsizetype k = 1; k < findings.size(); ++k)
            QVERIFY(findings.at(k).start >= findings.at(k - 1).end);
        QCOMPARE(findings.first().kind, ConfidentialityScanner::kindEmail());
        QCOMPARE(findings.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestConfidentialityScanner)
#include "tst_privacyscanner.moc"
