// Against a real Secret Service (gnome-keyring started by tests/support/with-keyring.sh).
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cpd;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripBinary()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("test/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QByteArray secret;
        for (int i = 0; i < 64; ++i)
            secret.append(char(i * 7)); // every kind of byte, NULs included
        auto before = store.read(key);
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        QVERIFY(!before->has_value());
        auto w = store.write(key, secret);
        QVERIFY2(w, qPrintable(w ? QString() : w.error().message));
        auto got = store.read(key);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
        QVERIFY(got->has_value());
        QCOMPARE(**got, secret);
        // Really in the Secret Service, under the service name "CPD Journal".
        QProcess tool;
        tool.start(QStringLiteral("secret-tool"), {QStringLiteral("search"), QStringLiteral("--all"),
                                                    QStringLiteral("server"), QStringLiteral("CPD Journal")});
        if (tool.waitForFinished(20000) && tool.exitStatus() == QProcess::NormalExit)
            QVERIFY2(tool.readAllStandardOutput().contains(key.toUtf8())
                         || tool.readAllStandardError().contains(key.toUtf8()),
                     "secret-tool does not list the item");
        QVERIFY(store.remove(key));
        auto after = store.read(key);
        QVERIFY(after);
        QVERIFY(!after->has_value());
        QVERIFY(store.remove(key)); // removing what is not there is fine
    }
    void replaceKeepsOne()
    {
        KeychainSecretStore store;
        const QString key = QStringLiteral("test/replace");
        QVERIFY(store.write(key, "one"));
        QVERIFY(store.write(key, "two"));
        QCOMPARE(**store.read(key), QByteArray("two"));
        QVERIFY(store.remove(key));
    }
    void noSecretServiceSaysSo()
    {
        // A session bus that does not exist (QtKeychain keeps its connection per process, so this
        // runs the real CLI): the error must say what is wrong, not hang, and store nothing.
        QTemporaryDir dir;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/cpd-no-bus"));
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(CPD_CLI), {QStringLiteral("--db"), dir.filePath(QStringLiteral("j.cpdj")),
                                            QStringLiteral("team"), QStringLiteral("keygen")});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 1);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains("keychain"), err.constData());
        QVERIFY2(err.count('\n') == 1, err.constData());
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
