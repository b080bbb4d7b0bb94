// keygen + export-summary + import + dashboard through the real cpdjournal-cli, against a real
// Secret Service (gnome-keyring, started by tests/support/with-keyring.sh, which also points HOME
// and XDG_CONFIG_HOME at a temporary folder). Checks that the private key appears nowhere but
// the keychain: not in any file under HOME or XDG_CONFIG_HOME, not in either journal.
#include "CliRunner.h"
#include "secrets/KeychainSecretStore.h"
#include "team/TeamIdentity.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : QStringList{path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    return out;
}

} // namespace

class TestTeamCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    void writeFile(const QString& name, const QByteArray& bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/support/with-keyring.sh (ctest does)");
        QVERIFY(m_dir.isValid());
    }

    void keygenExportImportDashboard()
    {
        const QString memberDb = path(QStringLiteral("member.cpdj"));
        const QString managerDb = path(QStringLiteral("manager.cpdj"));
        CliRunner member(memberDb), manager(managerDb);
        writeFile(QStringLiteral("profile.json"),
                  R"({"name": "Alex Morgan", "professions": ["nurse"], "nmc_pin": "12A3456E", "registration_expiry": "2027-01-31"})");
        auto r = member.run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--json"), path(QStringLiteral("profile.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        writeFile(QStringLiteral("shared.json"),
                  R"({"title": "Shared: asthma inhaler course", "date": "2026-02-03", "activity": "course", "hours": 3, "participatory_hours": 2, "template": "free", "reflection": {"text": "Spacers matter."}, "status": "final"})");
        writeFile(QStringLiteral("private.json"),
                  R"({"title": "Private: a hard conversation", "date": "2026-02-10", "activity": "reading", "hours": 1, "template": "free", "reflection": {"text": "Only mine."}, "status": "final"})");
        r = member.run({QStringLiteral("add"), QStringLiteral("--json"), path(QStringLiteral("shared.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sharedId = QString::fromUtf8(r.out).trimmed();
        r = member.run({QStringLiteral("add"), QStringLiteral("--json"), path(QStringLiteral("private.json"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = member.run({QStringLiteral("team"), QStringLiteral("keygen"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject key = r.json().object();
        const QString memberId = key.value(QStringLiteral("member_id")).toString();
        const QString fingerprint = key.value(QStringLiteral("fingerprint")).toString();
        QCOMPARE(memberId.size(), 36);
        // A second keygen is refused with a way forward.
        r = member.run({QStringLiteral("team"), QStringLiteral("keygen")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("--replace"));

        const QString bundle1 = path(QStringLiteral("alex-1.cpdteam"));
        const QString bundle2 = path(QStringLiteral("alex-2.cpdteam"));
        r = member.run({QStringLiteral("team"), QStringLiteral("export-summary"), QStringLiteral("-o"), bundle1,
                        QStringLiteral("--share"), sharedId});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = member.run({QStringLiteral("team"), QStringLiteral("export-summary"), QStringLiteral("-o"), bundle2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = member.run({QStringLiteral("team"), QStringLiteral("export-summary")});
        QCOMPARE(r.exitCode, 2);

        QFile b1(bundle1);
        QVERIFY(b1.open(QIODevice::ReadOnly));
        const QByteArray b1bytes = b1.readAll();
        QVERIFY(b1bytes.contains("Shared: asthma inhaler course"));
        QVERIFY(!b1bytes.contains("Private: a hard conversation"));

        r = manager.run({QStringLiteral("team"), QStringLiteral("import"), bundle1, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonObject imported = r.json().object().value(QStringLiteral("imported")).toArray().at(0).toObject();
        QCOMPARE(imported.value(QStringLiteral("member_id")).toString(), memberId);
        QCOMPARE(imported.value(QStringLiteral("fingerprint")).toString(), fingerprint);
        QCOMPARE(imported.value(QStringLiteral("first_import")).toBool(), true);

        // A tampered copy of the newer bundle: refused naming the file, nothing changes.
        QFile b2(bundle2);
        QVERIFY(b2.open(QIODevice::ReadOnly));
        QByteArray tampered = b2.readAll();
        tampered[tampered.size() / 2] = char(tampered[tampered.size() / 2] ^ 0x20);
        writeFile(QStringLiteral("tampered.cpdteam"), tampered);
        const QByteArray before = fileHash(managerDb);
        r = manager.run({QStringLiteral("team"), QStringLiteral("import"), path(QStringLiteral("tampered.cpdteam"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("tampered.cpdteam: its signature does not match"), r.err.constData());
        QCOMPARE(fileHash(managerDb), before);

        // The newer one replaces the older; then the older is a replay.
        r = manager.run({QStringLiteral("team"), QStringLiteral("import"), bundle2});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = manager.run({QStringLiteral("team"), QStringLiteral("import"), bundle1});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("alex-1.cpdteam: it is older than"), r.err.constData());

        r = manager.run({QStringLiteral("team"), QStringLiteral("dashboard"), QStringLiteral("--json"),
                         QStringLiteral("--as-of"), QStringLiteral("2026-03-14")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray members = r.json().object().value(QStringLiteral("members")).toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Alex Morgan"));
        QCOMPARE(members.at(0).toObject().value(QStringLiteral("sequence")).toInt(), 2);
        QVERIFY(!members.at(0).toObject().value(QStringLiteral("requirements")).toArray().isEmpty());

        // The private key is in the real keychain, and nowhere else.
        KeychainSecretStore keychain;
        auto secret = keychain.read(TeamIdentity::secretKeyName(memberId));
        QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().message));
        QVERIFY(secret->has_value());
        const QByteArray sk = **secret;
        QCOMPARE(sk.size(), 64);
        const QList<QByteArray> forms = {sk, sk.left(32), sk.toBase64(), sk.left(32).toBase64(), sk.toHex(),
                                         sk.left(32).toHex(), sk.toHex().toUpper()};
        QStringList files = filesUnder(qEnvironmentVariable("HOME")) + filesUnder(qEnvironmentVariable("XDG_CONFIG_HOME"))
                          + filesUnder(qEnvironmentVariable("XDG_DATA_HOME")) + filesUnder(m_dir.path());
        files.removeDuplicates();
        int checked = 0;
        for (const QString& f : files) {
            if (f.contains(QLatin1String("/keyrings/")))
                continue; // gnome-keyring's own encrypted store
            QFile file(f);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++checked;
            for (const QByteArray& form : forms)
                QVERIFY2(!content.contains(form), qPrintable(QStringLiteral("the private key is in %1").arg(f)));
        }
        QVERIFY(files.contains(memberDb));
        QVERIFY(checked >= 4);
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
