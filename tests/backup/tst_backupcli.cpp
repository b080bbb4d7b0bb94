// cpdjournal-cli backup / restore / export --encrypt / import json, run as a script would.
#include "CliRunner.h"
#include "FileHash.h"
#include "TestJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace cpd;
using test::CliRunner;

namespace {

QByteArray hashOf(const QString& path)
{
    return test::fileHash(path);
}

} // namespace

class TestBackupCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_journal;

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        m_journal = path(QStringLiteral("journal.cpdj"));
        const auto r = CliRunner(m_journal).run({QStringLiteral("demo"), QStringLiteral("--entries"), QStringLiteral("40")});
        QCOMPARE(r.exitCode, 0);
        QFile pw(path(QStringLiteral("pw")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("tea and biscuits\n");
    }

    void backupToFileAndList()
    {
        CliRunner cli(m_journal);
        auto r = cli.run({QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("copies/b.cpdj")), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("entries")).toInt(), 40);
        QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
        r = cli.run({QStringLiteral("backup")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("journal-backups"));
        r = cli.run({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = r.json().array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("entries")).toInt(), 40);
        r = cli.run({QStringLiteral("backup"), QStringLiteral("--list")});
        QVERIFY(r.out.contains("40 entries"));
    }

    void usageErrors()
    {
        CliRunner cli(m_journal);
        QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("x.enc")), QStringLiteral("--encrypt")}).exitCode, 2);
        // No passphrase on the command line, ever.
        QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("x.enc")), QStringLiteral("--encrypt"),
                          QStringLiteral("--passphrase"), QStringLiteral("visible")})
                     .exitCode,
                 2);
        QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("-o"), path(QStringLiteral("x"))}).exitCode, 2);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.enc"))));
    }

    void restoreBackupAndKeepTheJournalAside()
    {
        CliRunner cli(m_journal);
        QCOMPARE(cli.run({QStringLiteral("backup"), QStringLiteral("-o"), path(QStringLiteral("before.cpdj"))}).exitCode, 0);
        QCOMPARE(cli.run({QStringLiteral("add"), QStringLiteral("-")}, R"({"title":"After the backup","date":"2026-03-01","activity":"reading","hours":1})").exitCode, 0);
        const QByteArray current = hashOf(m_journal);
        auto r = cli.run({QStringLiteral("restore"), path(QStringLiteral("before.cpdj")), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString aside = r.json().object().value(QStringLiteral("kept_aside")).toString();
        QCOMPARE(hashOf(aside), current);
        r = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 40);
    }

    void restoreRefusesANonJournalAndChangesNothing()
    {
        CliRunner cli(m_journal);
        const QByteArray before = hashOf(m_journal);
        auto r = cli.run({QStringLiteral("restore"), path(QStringLiteral("pw"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("not a CPD journal"));
        QCOMPARE(r.err.count('\n'), 1);
        r = cli.run({QStringLiteral("restore"), path(QStringLiteral("missing.cpdj"))});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(hashOf(m_journal), before);
    }

    void encryptedBackupRoundTrip()
    {
        CliRunner cli(m_journal);
        const QString enc = path(QStringLiteral("b.cpdj.enc"));
        auto r = cli.run({QStringLiteral("backup"), QStringLiteral("-o"), enc, QStringLiteral("--encrypt"), QStringLiteral("--passphrase-stdin")},
                         "tea and biscuits\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(enc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8) == "CPDJ-ENC");
        const QByteArray before = hashOf(m_journal);
        r = cli.run({QStringLiteral("restore"), enc});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("encrypted"));
        r = cli.run({QStringLiteral("restore"), enc, QStringLiteral("--passphrase-stdin")}, "coffee\n");
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("passphrase is wrong"));
        QCOMPARE(hashOf(m_journal), before);
        r = cli.run({QStringLiteral("restore"), enc, QStringLiteral("--passphrase-file"), path(QStringLiteral("pw"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void encryptedExportImports()
    {
        CliRunner cli(m_journal);
        const QString enc = path(QStringLiteral("export.json.enc"));
        auto r = cli.run({QStringLiteral("export"), QStringLiteral("--standard"), QStringLiteral("nmc"), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--allow-identifiers"), QStringLiteral("-o"), enc,
                          QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), path(QStringLiteral("pw"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(enc);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("\"title\""));
        CliRunner fresh(path(QStringLiteral("fresh.cpdj")));
        r = fresh.run({QStringLiteral("import"), QStringLiteral("json"), enc});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("encrypted"));
        r = fresh.run({QStringLiteral("import"), QStringLiteral("json"), enc, QStringLiteral("--passphrase-stdin")}, "tea and biscuits");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = fresh.run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.json().array().size(), 40);
    }

    void restoreIdStillRestoresAnEntryFromTheTrash()
    {
        CliRunner cli(m_journal);
        auto r = cli.run({QStringLiteral("list"), QStringLiteral("--json")});
        const QString id = r.json().array().first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli.run({QStringLiteral("delete"), id}).exitCode, 0);
        r = cli.run({QStringLiteral("restore"), id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("from the trash"));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
