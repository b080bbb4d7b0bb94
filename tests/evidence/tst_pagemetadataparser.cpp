#include "evidence/PageMetadataParser.h"

#include <QTest>

using cpd::PageMetadataParser;

class TestPageMetadataParser : public QObject
{
    Q_OBJECT

private slots:
    void openGraphCitationAndDublinCore()
    {
        const QByteArray html = R"(<!DOCTYPE html><html><head>
<meta charset="utf-8"><title>Ignored &amp; plain</title>
<meta property="og:title" content="Hypertension in adults: diagnosis and management">
<meta name="citation_title" content="Hypertension in adults: diagnosis &amp; management">
<meta name="citation_author" content="NICE Guideline Committee"><meta name="citation_author" content="A N Other">
<meta name="citation_publisher" content="National Institute for Health and Care Excellence">
<meta name="citation_publication_date" content="2019/08/28">
<meta name="DCTERMS.modified" content="2023-11-21">
<meta name="description" content="This guideline covers identifying and treating primary hypertension">
<link rel="canonical" href="/guidance/ng136">
</head><body><meta name="citation_title" content="not read: in the body"></body></html>)";
        const auto md = PageMetadataParser::parse(html, "text/html", QUrl(QStringLiteral("https://www.nice.org.uk/guidance/NG136?x=1")));
        QCOMPARE(md.title, QStringLiteral("Hypertension in adults: diagnosis & management"));
        QCOMPARE(md.publisher, QStringLiteral("National Institute for Health and Care Excellence"));
        QCOMPARE(md.authors, (QStringList{QStringLiteral("NICE Guideline Committee"), QStringLiteral("A N Other")}));
        QCOMPARE(md.published, QDate(2019, 8, 28));
        QCOMPARE(md.updated, QDate(2023, 11, 21));
        QCOMPARE(md.canonicalUrl, QUrl(QStringLiteral("https://www.nice.org.uk/guidance/ng136")));
        QCOMPARE(md.identifier, QStringLiteral("NG136"));
        QVERIFY(md.description.startsWith(QLatin1String("This guideline covers")));
        QCOMPARE(md.charset, QStringLiteral("utf-8"));
    }

    void dublinCoreAndTitleFallback()
    {
        const QByteArray html = "<html><head><TITLE>  Local  trust\n policy </TITLE>"
                                "<META NAME=DC.publisher CONTENT='Anytown NHS Trust'><meta name=\"DC.date.issued\" content=\"3 March 2024\">"
                                "</head>";
        const auto md = PageMetadataParser::parse(html, {}, QUrl(QStringLiteral("http://intranet.example/policy")));
        QCOMPARE(md.title, QStringLiteral("Local trust policy"));
        QCOMPARE(md.publisher, QStringLiteral("Anytown NHS Trust"));
        QCOMPARE(md.published, QDate(2024, 3, 3));
    }

    void brokenMarkupDoesNotStopTheScanner()
    {
        const QByteArray html = "<html><head><!-- <title>commented out</title> --><script>var t = '<title>no</title>';</script>"
                                "<meta property=og:site_name content=SIGN><meta name=x content=two words><p><div><br/></meta></meta>"
                                "<title>Real title";
        const auto md = PageMetadataParser::parse(html, "text/html", QUrl(QStringLiteral("https://www.sign.ac.uk/sign-158")));
        QCOMPARE(md.title, QStringLiteral("Real title"));
        QCOMPARE(md.siteName, QStringLiteral("SIGN"));
        QCOMPARE(md.identifier, QStringLiteral("SIGN 158"));
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("title");
        const QString cafe = QStringLiteral("Caf") + QChar(0xE9) + QStringLiteral(" \u2013 guide");
        QTest::newRow("header latin1") << QByteArray("<title>Caf\xE9 \x96 guide</title>") << QByteArray("text/html; charset=ISO-8859-1") << cafe;
        QTest::newRow("meta windows-1252") << QByteArray("<meta charset=windows-1252><title>Caf\xE9 \x96 guide</title>") << QByteArray("text/html") << cafe;
        QTest::newRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf\xE9 \x96 guide</title>")
                                    << QByteArray() << cafe;
        QTest::newRow("utf-8 undeclared") << QByteArray("<title>Caf\xC3\xA9 \xE2\x80\x93 guide</title>") << QByteArray() << cafe;
        QTest::newRow("invalid utf-8 undeclared") << QByteArray("<title>Caf\xE9 \x96 guide</title>") << QByteArray() << cafe;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF<title>Caf\xC3\xA9 \xE2\x80\x93 guide</title>") << QByteArray("text/html; charset=iso-8859-1") << cafe;
        QTest::newRow("unknown charset") << QByteArray("<meta charset=x-klingon><title>Plain</title>") << QByteArray() << QStringLiteral("Plain");
        QTest::newRow("entities") << QByteArray("<title>Caf&eacute; &#x2013; guide</title>") << QByteArray() << cafe;
    }

    void charsets()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, title);
        QCOMPARE(PageMetadataParser::parse(body, contentType, QUrl(QStringLiteral("http://x.example/"))).title, title);
    }

    void utf16()
    {
        QByteArray body("\xFF\xFE");
        const QString text = QStringLiteral("<title>UTF-16 page</title>");
        body += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QCOMPARE(PageMetadataParser::parse(body, {}, QUrl()).title, QStringLiteral("UTF-16 page"));
    }

    void hostileCanonicalIsIgnored()
    {
        const auto md = PageMetadataParser::parse("<link rel=canonical href=\"javascript:alert(1)\"><title>t</title>", {},
                                                  QUrl(QStringLiteral("https://a.example/")));
        QVERIFY(md.canonicalUrl.isEmpty());
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("2024-05-01") << QDate(2024, 5, 1);
        QTest::newRow("datetime") << QStringLiteral("2024-05-01T10:00:00Z") << QDate(2024, 5, 1);
        QTest::newRow("slashes") << QStringLiteral("2024/5/1") << QDate(2024, 5, 1);
        QTest::newRow("words") << QStringLiteral("1 May 2024") << QDate(2024, 5, 1);
        QTest::newRow("month") << QStringLiteral("May 2024") << QDate(2024, 5, 1);
        QTest::newRow("junk") << QStringLiteral("soon") << QDate();
        QTest::newRow("bad day") << QStringLiteral("2024-02-31") << QDate();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(PageMetadataParser::parseDate(text), date);
    }

    void entities()
    {
        QCOMPARE(PageMetadataParser::decodeEntities(QStringLiteral("a &amp; b &lt;c&gt; &#39;d&#39; &bogus; &#0; &#x110000;")),
                 QStringLiteral("a & b <c> 'd' &bogus; \uFFFD \uFFFD"));
    }
};

QTEST_GUILESS_MAIN(TestPageMetadataParser)
#include "tst_pagemetadataparser.moc"
