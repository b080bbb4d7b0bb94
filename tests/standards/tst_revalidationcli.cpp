// The revalidation CLI as scripts see it: exact JSON keys, requirement ids and exit codes.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

class TstRevalidationCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        QProcess p;
        p.setProgram(QStringLiteral(CPD_CLI));
        p.setArguments(QStringList{QStringLiteral("--db"), m_db} + args);
        p.start();
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("cpdjournal-cli did not finish");
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString file(const char* name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", name);
        f.write(text);
        return path;
    }

    static QStringList keys(const QJsonObject& o)
    {
        QStringList k = o.keys();
        k.sort();
        return k;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("journal.cpdj"));
    }

    void profileBeforeItExists()
    {
        const Run r = cli({QStringLiteral("profile"), QStringLiteral("show")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("profile set"));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--standard"), QStringLiteral("nmc")}).code, 1);
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("profile")}).code, 2);
        QCOMPARE(cli({QStringLiteral("profile"), QStringLiteral("set")}).code, 2);
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("nonsense"), QStringLiteral("--json"),
                      QStringLiteral("-")}).code, 2);
        QCOMPARE(cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("discussion")}).code, 2);
        QCOMPARE(cli({QStringLiteral("status")}).code, 2);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--standard"), QStringLiteral("hcpc")}).code, 2);
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--as-of"),
                      QStringLiteral("14/03/2026")}).code, 2);
    }

    void profileSetAndShow()
    {
        const QString bad = file("bad.json", R"({"name": "Sam", "professions": ["nurse"]})");
        Run r = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"), bad});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("registration_expiry"));

        const QString good = file("profile.json", R"({"name": "Sam Carter", "professions": ["nurse", "gp"],
            "nmc_pin": "12A3456E", "gmc_number": "7654321", "registration_expiry": "2027-04-30",
            "next_appraisal_date": "2026-06-15", "revalidation_date": "2028-06-15", "employer": "Leeds PCN"})");
        r = cli({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"), good});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject p = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"name", "professions", "nmc_pin", "gmc_number", "registration_expiry",
                                "next_appraisal_date", "revalidation_date", "employer"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QCOMPARE(p.value(QStringLiteral("registration_expiry")).toString(), QStringLiteral("2027-04-30"));
        r = cli({QStringLiteral("profile"), QStringLiteral("show")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("Sam Carter"));
    }

    void recordAddAndList()
    {
        Run r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("discussion"), QStringLiteral("--json"),
                     QStringLiteral("-")},
                    R"({"partner_name": "Alex Jones", "partner_pin": "98A7654B", "partner_email": "alex@example.org",
                        "partner_address": "1 Park Row, Leeds", "partner_postcode": "LS1 5HD", "date": "2026-02-01",
                        "summary": "Talked through my accounts."})");
        QCOMPARE(r.code, 0);
        const QString id = QString::fromUtf8(r.out.trimmed());
        QVERIFY(!QUuid::fromString(id).isNull());
        r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("declaration"), QStringLiteral("--json"),
                 file("indemnity.json", R"({"kind": "indemnity", "date": "2026-02-02", "arrangement": "private"})")});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.err.contains("provider"));
        r = cli({QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("practice-hours"), QStringLiteral("--json"),
                 file("hours.json", R"({"from": "2024-06-01", "to": "2025-05-31", "organisation": "St James",
                     "address": "Leeds", "work_setting": "hospital", "scope": "direct-patient-care", "hours": 500,
                     "registration": "nurse", "description": "Ward"})")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(keys(list.at(1).toObject()),
                 (strings({"date", "id", "partner_address", "partner_email", "partner_name", "partner_pin",
                              "partner_postcode", "summary", "type"})));
        QCOMPARE(keys(list.at(0).toObject()),
                 (strings({"address", "description", "from", "hours", "id", "organisation", "registration", "scope",
                              "to", "type", "work_setting"})));
        r = cli({QStringLiteral("record"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(id.toUtf8()));
    }

    void statusJson_data()
    {
        QTest::addColumn<QString>("standard");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("nmc") << QStringLiteral("nmc")
                             << strings({"practice-hours", "cpd-hours", "participatory-hours", "feedback",
                                            "reflective-accounts", "reflective-discussion", "health-and-character",
                                            "indemnity", "confirmation"});
        QTest::newRow("gp") << QStringLiteral("gp")
                            << strings({"cpd-credits", "quality-improvement", "significant-events",
                                           "colleague-feedback", "patient-feedback", "complaints-and-compliments",
                                           "pdp-review"});
    }
    void statusJson()
    {
        QFETCH(QString, standard);
        QFETCH(QStringList, ids);
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--standard"), standard, QStringLiteral("--as-of"),
                           QStringLiteral("2026-03-14"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        for (const char* key : {"standard", "period", "application_date", "application_opens", "requirements"})
            QVERIFY2(s.contains(QLatin1String(key)), key);
        QCOMPARE(s.value(QStringLiteral("standard")).toString(), standard);
        QCOMPARE(keys(s.value(QStringLiteral("period")).toObject()), (strings({"end", "start"})));
        QStringList got;
        const QJsonArray requirements = s.value(QStringLiteral("requirements")).toArray();
        for (const QJsonValue& v : requirements) {
            const QJsonObject o = v.toObject();
            got << o.value(QStringLiteral("id")).toString();
            for (const char* key : {"id", "label", "required", "achieved", "met", "entries"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QVERIFY(o.value(QStringLiteral("entries")).isArray());
            QVERIFY(o.value(QStringLiteral("met")).isBool());
            QVERIFY(o.value(QStringLiteral("required")).isDouble());
        }
        QCOMPARE(got, ids);
        if (standard == QLatin1String("nmc")) {
            QCOMPARE(s.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString(),
                     QStringLiteral("2024-05-01"));
            QCOMPARE(s.value(QStringLiteral("application_date")).toString(), QStringLiteral("2027-04-01"));
            QCOMPARE(s.value(QStringLiteral("application_opens")).toString(), QStringLiteral("2027-01-31"));
            const QJsonObject discussion = requirements.at(5).toObject();
            QCOMPARE(discussion.value(QStringLiteral("met")).toBool(), true);
            QCOMPARE(requirements.at(0).toObject().value(QStringLiteral("achieved")).toDouble(), 500.0);
        } else {
            QCOMPARE(s.value(QStringLiteral("period")).toObject().value(QStringLiteral("end")).toString(),
                     QStringLiteral("2026-06-14"));
        }
    }

    void statusText()
    {
        const Run r = cli({QStringLiteral("status"), QStringLiteral("--standard"), QStringLiteral("nmc"),
                           QStringLiteral("--as-of"), QStringLiteral("2026-03-14")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("5 more reflective accounts"));
        QVERIFY(r.out.contains("2027-04-01"));
    }
};

QTEST_GUILESS_MAIN(TstRevalidationCli)
#include "tst_revalidationcli.moc"
