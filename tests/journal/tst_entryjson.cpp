#include "journal/EntryJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace cpd;

class TestEntryJson : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimal()
    {
        return QJsonObject{{QStringLiteral("title"), QStringLiteral("Sepsis e-learning")},
                           {QStringLiteral("date"), QStringLiteral("2025-06-01")},
                           {QStringLiteral("activity"), QStringLiteral("e-learning")},
                           {QStringLiteral("hours"), 1.5}};
    }

private slots:
    void minimalEntryGetsDefaults()
    {
        auto e = EntryJson::fromJson(minimal());
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->title, QStringLiteral("Sepsis e-learning"));
        QCOMPARE(e->date, QDate(2025, 6, 1));
        QCOMPARE(e->templateId, QStringLiteral("free"));
        QCOMPARE(e->status, QStringLiteral("draft"));
        QCOMPARE(e->effectiveCredits(), 1.5);
        QVERIFY(!e->credits.has_value());
    }

    void roundTripKeepsEverythingIncludingUnknownKeys()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("id"), QStringLiteral("0b5e2a9c-3f1d-4c7e-9a55-6f1e2d3c4b5a"));
        o.insert(QStringLiteral("end_date"), QStringLiteral("2025-06-02"));
        o.insert(QStringLiteral("participatory_hours"), 1.0);
        o.insert(QStringLiteral("credits"), 2.0);
        o.insert(QStringLiteral("template"), QStringLiteral("driscoll"));
        o.insert(QStringLiteral("reflection"), QJsonObject{{QStringLiteral("what"), QStringLiteral("W")},
                                                           {QStringLiteral("so_what"), QStringLiteral("S")},
                                                           {QStringLiteral("now_what"), QStringLiteral("N")}});
        o.insert(QStringLiteral("code_themes"), QJsonArray{QStringLiteral("preserve-safety")});
        o.insert(QStringLiteral("gmp_domains"), QJsonArray{QStringLiteral("colleagues-culture-safety")});
        o.insert(QStringLiteral("topics"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sepsis")},
                                                                   {QStringLiteral("level"), QStringLiteral("community")}}});
        o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("sepsis"), QStringLiteral("NEWS2")});
        o.insert(QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("guideline")},
                                                                  {QStringLiteral("url"), QStringLiteral("https://www.nice.org.uk/guidance/ng51")},
                                                                  {QStringLiteral("title"), QStringLiteral("Sepsis")}}});
        o.insert(QStringLiteral("status"), QStringLiteral("final"));
        o.insert(QStringLiteral("created"), QStringLiteral("2025-06-01T10:00:00Z"));
        o.insert(QStringLiteral("updated"), QStringLiteral("2025-06-02T11:30:00Z"));
        o.insert(QStringLiteral("x_portfolio_ref"), QStringLiteral("EP-42"));
        o.insert(QStringLiteral("x_nested"), QJsonObject{{QStringLiteral("a"), QJsonArray{1, 2}}});

        auto e = EntryJson::fromJson(o);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->extra.value(QStringLiteral("x_portfolio_ref")).toString(), QStringLiteral("EP-42"));
        const QJsonObject back = EntryJson::toJson(*e);
        QCOMPARE(back, o);
    }

    void validationNamesEachProblem_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("participatory above hours") << QStringLiteral("participatory_hours") << QJsonValue(2.0)
                                                   << QStringLiteral("participatory_hours (2) is more than hours (1.5)");
        QTest::newRow("unknown activity") << QStringLiteral("activity") << QJsonValue(QStringLiteral("golf"))
                                          << QStringLiteral("unknown activity \"golf\"");
        QTest::newRow("not a date") << QStringLiteral("date") << QJsonValue(QStringLiteral("2025-13-01"))
                                    << QStringLiteral("is not a date (use YYYY-MM-DD)");
        QTest::newRow("a date in another form") << QStringLiteral("date") << QJsonValue(QStringLiteral("01/06/2025"))
                                                << QStringLiteral("is not a date");
        QTest::newRow("hours as text") << QStringLiteral("hours") << QJsonValue(QStringLiteral("two"))
                                       << QStringLiteral("hours must be a number");
        QTest::newRow("negative hours") << QStringLiteral("hours") << QJsonValue(-1)
                                        << QStringLiteral("hours must be between 0");
        QTest::newRow("unknown template") << QStringLiteral("template") << QJsonValue(QStringLiteral("schon"))
                                          << QStringLiteral("unknown template \"schon\"");
        QTest::newRow("unknown code theme") << QStringLiteral("code_themes") << QJsonValue(QJsonArray{QStringLiteral("be-nice")})
                                            << QStringLiteral("unknown code theme \"be-nice\"");
        QTest::newRow("tags not a list") << QStringLiteral("tags") << QJsonValue(QStringLiteral("a,b"))
                                         << QStringLiteral("tags must be a list of text");
        QTest::newRow("empty title") << QStringLiteral("title") << QJsonValue(QStringLiteral("  "))
                                     << QStringLiteral("title is empty");
        QTest::newRow("bad status") << QStringLiteral("status") << QJsonValue(QStringLiteral("done"))
                                    << QStringLiteral("unknown status \"done\"");
        QTest::newRow("id not a uuid") << QStringLiteral("id") << QJsonValue(QStringLiteral("42"))
                                       << QStringLiteral("id \"42\" is not a UUID");
        QTest::newRow("end before start") << QStringLiteral("end_date") << QJsonValue(QStringLiteral("2025-05-01"))
                                          << QStringLiteral("end_date 2025-05-01 is before date 2025-06-01");
        QTest::newRow("topic level") << QStringLiteral("topics")
                                     << QJsonValue(QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("alcohol")},
                                                                          {QStringLiteral("level"), QStringLiteral("planet")}}})
                                     << QStringLiteral("unknown level \"planet\"");
    }

    void validationNamesEachProblem()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject o = minimal();
        o.insert(key, value);
        auto e = EntryJson::fromJson(o);
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains(expected), qPrintable(e.error().message));
    }

    void draftsAreReadWithoutValidation()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("title"), QString());
        QVERIFY(!EntryJson::fromJson(o));
        QVERIFY(EntryJson::fromJson(o, EntryJson::Check::TypesOnly));
    }

    void documentsHoldOneEntryOrMany()
    {
        const QByteArray one = QJsonDocument(minimal()).toJson();
        QCOMPARE(EntryJson::parseDocument(one)->size(), 1);
        const QByteArray many = QJsonDocument(QJsonArray{minimal(), minimal()}).toJson();
        QCOMPARE(EntryJson::parseDocument(many)->size(), 2);
        auto broken = EntryJson::parseDocument("{\"title\": ");
        QVERIFY(!broken);
        QVERIFY(broken.error().message.startsWith(QStringLiteral("not valid JSON")));
        QJsonObject bad = minimal();
        bad.insert(QStringLiteral("hours"), QStringLiteral("x"));
        auto second = EntryJson::parseDocument(QJsonDocument(QJsonArray{minimal(), bad}).toJson());
        QVERIFY(!second);
        QVERIFY2(second.error().message.startsWith(QStringLiteral("item 2:")), qPrintable(second.error().message));
    }

    void tagsAreTidied()
    {
        QJsonObject o = minimal();
        o.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral(" asthma "), QStringLiteral("Asthma"), QString(), QStringLiteral("COPD")});
        auto e = EntryJson::fromJson(o);
        QVERIFY(e);
        QCOMPARE(e->tags, (QStringList{QStringLiteral("asthma"), QStringLiteral("COPD")}));
    }
};

QTEST_GUILESS_MAIN(TestEntryJson)
#include "tst_entryjson.moc"
