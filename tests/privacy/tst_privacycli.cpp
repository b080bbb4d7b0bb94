#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace cpd::test;

class TestPrivacyCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    CliRunner cli() { return CliRunner(m_dir.filePath(QStringLiteral("journal.cpdj"))); }

private slots:
    void jsonFindings()
    {
        const QByteArray text = "Zoë’s reflection: Mrs Patel, NHS 943 476 5919, rang from 07700 900123.\n";
        const CliResult r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("--text-file"), file(QStringLiteral("a.txt"), text),
                                       QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        const QJsonArray array = r.json().array();
        QCOMPARE(array.size(), 3);
        const QString decoded = QString::fromUtf8(text);
        const QStringList kinds{QStringLiteral("person_name"), QStringLiteral("nhs_number"), QStringLiteral("phone")};
        for (qsizetype k = 0; k < array.size(); ++k) {
            const QJsonObject o = array.at(k).toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("end"), QStringLiteral("kind"), QStringLiteral("start"), QStringLiteral("text")}));
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), kinds.at(k));
            const int start = o.value(QStringLiteral("start")).toInt();
            const int end = o.value(QStringLiteral("end")).toInt();
            QCOMPARE(decoded.mid(start, end - start), o.value(QStringLiteral("text")).toString());
        }
    }

    void standardInputAndText()
    {
        CliResult r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("-")}, "DOB: 12/03/1950 and NG136\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("date of birth  12/03/1950"), r.out.constData());
        QVERIFY(r.out.contains("1 likely identifier"));
        QVERIFY(!r.out.contains("NG136"));

        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("-"), QStringLiteral("--json")}, "NICE NG136: 3 hours, QOF 91.2%\n");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.json().isArray());
        QCOMPARE(r.json().array().size(), 0);

        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("-")}, "nothing here");
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No likely identifiers found."));
        // no journal is needed or created
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("journal.cpdj"))));
    }

    void exitCodes()
    {
        CliResult r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("--text-file"), m_dir.filePath(QStringLiteral("missing.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no such file"));
        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("--text-file"), m_dir.path()});
        QCOMPARE(r.exitCode, 1);
        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("--text-file"), file(QStringLiteral("bad.txt"), QByteArray("Mrs \xff\xfe Patel"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("UTF-8"));

        r = cli().run({QStringLiteral("scan-privacy")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("scan-privacy (--text-file FILE | -) [--json]"));
        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("-"), QStringLiteral("--text-file"), file(QStringLiteral("b.txt"), "x")});
        QCOMPARE(r.exitCode, 2);
        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("a.txt")});
        QCOMPARE(r.exitCode, 2);
        r = cli().run({QStringLiteral("scan-privacy"), QStringLiteral("-"), QStringLiteral("--bogus")});
        QCOMPARE(r.exitCode, 2);
    }

    void caseNotesWithIdentifiersAreRefused()
    {
        const CliResult r = cli().run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                                      "{\"summary\": \"Mr O'Connor, NHS 943 476 5919, missed his review\", \"age_band\": \"65-79\"}");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Mr O'Connor") && r.err.contains("943 476 5919"), r.err.constData());
        const CliResult ok = cli().run({QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--json"), QStringLiteral("-")},
                                       "{\"summary\": \"A man in his seventies missed his review (NICE NG136)\", \"age_band\": \"65-79\"}");
        QCOMPARE(ok.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyCli)
#include "tst_privacycli.moc"
