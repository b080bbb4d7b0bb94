// The real cpdjournal started as the benchmarks and the README's screenshots start it
// (--quit-after-paint, --screenshot), on a journal with a profile, with each area shown first:
// it paints, says so and exits by itself. A journal with a profile builds the revalidation
// dashboard first; shown behind another area it is never painted, and waiting for its figures
// used to keep the app open for ever.
#include "CliRunner.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd::test;

class TestGuiQuitAfterPaint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = m_dir.filePath(QStringLiteral("journal.cpdj"));
        const CliRunner cli(m_journal);
        QCOMPARE(
            cli.run({QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("30")})
                .exitCode,
            0);
        const CliResult profile =
            cli.run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"),
                     QStringLiteral("-")},
                    R"({"name": "Alex Morgan", "professions": ["nurse"], "nmc_pin": "12A3456E",
                        "registration_expiry": "2027-06-30"})");
        QVERIFY2(profile.exitCode == 0, profile.err.constData());
    }

    void eachAreaShownFirstPaintsAndQuits_data()
    {
        QTest::addColumn<QString>("area");
        for (const char* area : {"revalidation", "journal", "trash", "topics", "evidence"})
            QTest::newRow(area) << QString::fromLatin1(area);
    }
    void eachAreaShownFirstPaintsAndQuits()
    {
        QFETCH(QString, area);
        const QString shot = m_dir.filePath(area + QStringLiteral(".png"));
        QProcess app;
        app.start(QStringLiteral(CPD_GUI),
                  {QStringLiteral("--db"), m_journal, QStringLiteral("--area"), area,
                   QStringLiteral("--quit-after-paint"), QStringLiteral("--screenshot"), shot});
        QVERIFY(app.waitForStarted(10000));
        const bool ended = app.waitForFinished(60000);
        if (!ended)
            app.kill();
        QVERIFY2(ended, "the app was still open a minute after it started");
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(app.readAllStandardOutput().contains("first-paint-ms:"),
                 app.readAllStandardError().constData());
        const QImage image(shot);
        QVERIFY2(!image.isNull() && image.width() > 400, qPrintable(shot));
    }

private:
    QTemporaryDir m_dir;
    QString m_journal;
};

QTEST_GUILESS_MAIN(TestGuiQuitAfterPaint)
#include "tst_guiquitafterpaint.moc"
