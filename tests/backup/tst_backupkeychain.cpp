// The backup passphrase remembered in a real Secret Service (gnome-keyring, run by
// with-keyring.sh): it comes back through a new store, and it is in neither the settings nor
// the journal.
#include "backup/BackupPassphrases.h"
#include "backup/BackupWriter.h"
#include "secrets/KeychainSecretStore.h"
#include "TestJournal.h"

#include <QDirIterator>

using namespace cpd;

namespace {

// Whether any file under folder contains needle.
bool foundUnder(const QString& folder, const QByteArray& needle)
{
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestBackupKeychain : public QObject
{
    Q_OBJECT

private slots:
    void remembersInTheKeychainOnly()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run me through tests/support/with-keyring.sh");
        test::TestJournal journal;
        const QByteArray secret = "Backup passphrase 7f3a";
        {
            KeychainSecretStore store(QStringLiteral("CPD Journal test"));
            BackupPassphrases passphrases(store);
            auto ok = passphrases.remember(journal.path, secret);
            QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().message));
        }
        KeychainSecretStore again(QStringLiteral("CPD Journal test"));
        auto recalled = BackupPassphrases(again).recall(journal.path);
        QVERIFY2(recalled, qPrintable(recalled ? QString() : recalled.error().message));
        QCOMPARE(recalled->value_or(QByteArray()), secret);
        // Use it as the app does, then look for it where it must not be.
        QVERIFY(BackupWriter::writeEncrypted(journal.db->connection(), journal.dir.filePath(QStringLiteral("b.enc")), secret,
                                             FileCrypto::Params::fastForTests()));
        journal.db.reset();
        QVERIFY(!foundUnder(journal.dir.path(), secret));
        QVERIFY(!foundUnder(qEnvironmentVariable("XDG_CONFIG_HOME"), secret));
        QVERIFY(BackupPassphrases(again).forget(journal.path));
        QVERIFY(!BackupPassphrases(again).recall(journal.path)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestBackupKeychain)
#include "tst_backupkeychain.moc"
