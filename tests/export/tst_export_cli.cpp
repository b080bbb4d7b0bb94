// cpdjournal-cli export / import json, as a script runs them: real PDFs read back with poppler
// (pdftotext, pdfinfo, pdffonts), the gate's exit status and stderr, atomic writes, no display.
#include "CliRunner.h"
#include "ExportFixture.h"
#include "TestJournal.h"
#include "export/ReportLabels.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TestExportCli : public QObject
{
    Q_OBJECT

private:
    static QString tool(const char* name, const QStringList& args)
    {
        QProcess p;
        p.start(QString::fromLatin1(name), args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            qFatal("%s failed: %s", name, p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static QProcessEnvironment noDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed (scripts/install-deps.sh)");
    }

    void nmcPdf()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        j.db.reset();
        const QString pdf = j.dir.filePath(QStringLiteral("pack.pdf"));
        const CliResult r = CliRunner(j.path).run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"),
                                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), pdf},
                                                  {}, noDisplay());
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("Wrote "));

        const QString text = tool("pdftotext", {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        const QString flat = text.simplified();
        for (const QString& q : ReportLabels::builtIn().list(QStringLiteral("nmc.account.questions")))
            QVERIFY2(flat.contains(q), qPrintable(q)); // may wrap across lines: compare whitespace-simplified
        QVERIFY(text.contains(QStringLiteral("Morwenna Tregarthen")));
        QVERIFY(text.contains(QStringLiteral("12A3456B")));
        QVERIFY(QRegularExpression(QStringLiteral("Total\\s+23\\.3\\s+9")).match(text).hasMatch() ||
                QRegularExpression(QStringLiteral("Total\\s+23\\.25\\s+9")).match(text).hasMatch());
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
        QVERIFY(text.contains(QStringLiteral("Morwenna Tregarthen · 1 October 2023 to 30 September 2026")));
        QVERIFY(flat.contains(QStringLiteral("Practice hours log")));
        QVERIFY(flat.contains(QStringLiteral("Evidence index")));

        const QString info = tool("pdfinfo", {pdf});
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(pages.hasMatch());
        QVERIFY(pages.captured(1).toInt() >= 13);
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));

        const QString fonts = tool("pdffonts", {pdf});
        const QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!rows.isEmpty());
        for (const QString& row : rows) {
            // name type encoding emb sub uni object ID: "emb" is the column after the encoding.
            QVERIFY2(row.contains(QRegularExpression(QStringLiteral("\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"))),
                     qPrintable(row));
        }
    }

    void htmlCsvAndGp()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        j.db.reset();
        const CliRunner cli(j.path);
        const QString html = j.dir.filePath(QStringLiteral("pack.html"));
        QCOMPARE(cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--format"),
                          QStringLiteral("html"), QStringLiteral("-o"), html})
                     .exitCode,
                 0);
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(h.readAll());
        QVERIFY(page.contains(QStringLiteral("How did you change or improve your practice as a result?")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));

        const QString csv = j.dir.filePath(QStringLiteral("log.csv"));
        const CliResult r = cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--format"),
                                     QStringLiteral("csv"), QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                                     QStringLiteral("2025-12-31"), QStringLiteral("-o"), csv});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QByteArray bytes = c.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 1 + 5 + 1);

        // No GP profile: a clear error, nothing written.
        const QString gp = j.dir.filePath(QStringLiteral("gp.pdf"));
        const CliResult noGp = cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("gp"),
                                        QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), gp});
        QCOMPARE(noGp.exitCode, 1);
        QVERIFY(noGp.err.contains("next_appraisal_date"));
        QVERIFY(!QFile::exists(gp));
    }

    void usage()
    {
        TestJournal j;
        j.db.reset();
        const CliRunner cli(j.path);
        QCOMPARE(cli.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                          QStringLiteral("x.pdf")})
                     .exitCode,
                 2);
        QCOMPARE(cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--format"),
                          QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--format"),
                          QStringLiteral("pdf")})
                     .exitCode,
                 2);
        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("json")}).exitCode, 2);
        // The other import kinds still reach their own command.
        QCOMPARE(cli.run({QStringLiteral("import"), QStringLiteral("nonsense"), QStringLiteral("f")}).exitCode, 2);
        const CliResult help = cli.run({QStringLiteral("--help")});
        QVERIFY(help.out.contains("import json FILE"));
        QVERIFY(help.out.contains("import twitter-archive"));
        QVERIFY(help.out.contains("export --standard (nmc | gp)"));
    }

    void gate()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock, true);
        j.db.reset();
        const CliRunner cli(j.path);
        const QString out = j.dir.filePath(QStringLiteral("pack.pdf"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        const QStringList args = {QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"),
                                  QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out};
        const CliResult refused = cli.run(args, {}, noDisplay());
        QCOMPARE(refused.exitCode, 1);
        const QStringList lines = QString::fromUtf8(refused.err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, refused.err.constData());
        QVERIFY2(QRegularExpression(QStringLiteral("^cpdjournal-cli: export refused: \\d+ possible identifiers? found; .*--allow-identifiers"))
                     .match(lines.first())
                     .hasMatch(),
                 qPrintable(lines.first()));
        const int n = QRegularExpression(QStringLiteral("(\\d+) possible")).match(lines.first()).captured(1).toInt();
        QCOMPARE(lines.size(), 1 + n);
        const QString listed = lines.mid(1).join(QLatin1Char('\n'));
        QVERIFY(listed.contains(QStringLiteral("Diabetes foot checks — e-learning (%1): person_name: Mrs Pengelly").arg(fixedId(21))));
        QVERIFY(listed.contains(QStringLiteral("nhs_number: 943 476 5919")));
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous export")); // untouched

        const CliResult json = cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"),
                                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"),
                                        j.dir.filePath(QStringLiteral("j.json"))});
        QCOMPARE(json.exitCode, 1);

        const CliResult allowed = cli.run(QStringList(args) << QStringLiteral("--allow-identifiers"), {}, noDisplay());
        QVERIFY2(allowed.exitCode == 0, allowed.err.constData());
        QVERIFY(tool("pdftotext", {out, QStringLiteral("-")}).contains(QStringLiteral("Morwenna")));
    }

    void jsonRoundTripThroughTheCli()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        j.db.reset();
        const QString first = j.dir.filePath(QStringLiteral("first.json"));
        const QString second = j.dir.filePath(QStringLiteral("second.json"));
        const QString copy = j.dir.filePath(QStringLiteral("copy.cpdj"));
        const QStringList exportArgs = {QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"),
                                        QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o")};
        QCOMPARE(CliRunner(j.path).run(QStringList(exportArgs) << first).exitCode, 0);
        const CliResult imported = CliRunner(copy).run({QStringLiteral("import"), QStringLiteral("json"), first, QStringLiteral("--json")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(imported.json().object().value(QStringLiteral("entries")).toInt(), 8);
        QCOMPARE(CliRunner(copy).run(QStringList(exportArgs) << second).exitCode, 0);
        QFile a(first), b(second);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());

        // Again into the same journal: refused, one line, nothing changed.
        const CliResult again = CliRunner(copy).run({QStringLiteral("import"), QStringLiteral("json"), first});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("Nothing was imported"));
        QCOMPARE(again.err.count('\n'), 1);
        // Bad JSON: exit 1, nothing changed.
        QFile bad(j.dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"cpdjournal-journal\", \"version\": 1, \"entries\": [{\"title\": 3}]}");
        bad.close();
        QCOMPARE(CliRunner(copy).run({QStringLiteral("import"), QStringLiteral("json"), bad.fileName()}).exitCode, 1);
        const QString third = j.dir.filePath(QStringLiteral("third.json"));
        QCOMPARE(CliRunner(copy).run(QStringList(exportArgs) << third).exitCode, 0);
        QFile c(third);
        QVERIFY(c.open(QIODevice::ReadOnly));
        a.seek(0);
        QCOMPARE(c.readAll(), a.readAll());
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
