// The remembered passphrase: one per journal, under a key that does not reveal the path.
#include "backup/BackupPassphrases.h"
#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace cpd;

class TestBackupPassphrases : public QObject
{
    Q_OBJECT

private slots:
    void rememberRecallForget()
    {
        MemorySecretStore store;
        BackupPassphrases passphrases(store);
        const QString a = QStringLiteral("/home/nurse/journal.cpdj");
        const QString b = QStringLiteral("/home/nurse/other.cpdj");
        QVERIFY(passphrases.recall(a) && !passphrases.recall(a)->has_value());
        QVERIFY(passphrases.remember(a, "s3cret"));
        QCOMPARE(passphrases.recall(a)->value(), QByteArray("s3cret"));
        QVERIFY(!passphrases.recall(b)->has_value());
        QVERIFY(BackupPassphrases::keyFor(a) != BackupPassphrases::keyFor(b));
        QVERIFY(!BackupPassphrases::keyFor(a).contains(QLatin1String("nurse")));
        QVERIFY(!passphrases.remember(a, QByteArray()));
        QVERIFY(passphrases.forget(a));
        QVERIFY(!passphrases.recall(a)->has_value());
        QVERIFY(passphrases.forget(a)); // forgetting twice is fine
    }
};

QTEST_GUILESS_MAIN(TestBackupPassphrases)
#include "tst_backuppassphrases.moc"
