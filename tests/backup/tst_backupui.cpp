// The backup dialogs offscreen: Back Up Now to an encrypted file (passphrase remembered in a
// fake keychain), the restore list with its checks, restoring a chosen backup, and a damaged
// file that cannot be chosen. Every control has an accessible name.
#include "backup/BackUpDialog.h"
#include "backup/BackupPassphrases.h"
#include "backup/BackupService.h"
#include "backup/RestoreDialog.h"
#include "common/MessageBox.h"
#include "crypto/FileCrypto.h"
#include "journal/EntryRepository.h"
#include "secrets/MemorySecretStore.h"
#include "TestJournal.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>

using namespace cpd;

class TestBackupUi : public QObject
{
    Q_OBJECT

private slots:
    void backUpNowToAnEncryptedFile()
    {
        test::TestJournal journal;
        QVERIFY(EntryRepository(*journal.db, journal.clock).add(test::TestJournal::sampleEntry()));
        MemorySecretStore secrets;
        BackUpDialog dialog(journal.path, journal.clock, &secrets);
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            if (qobject_cast<QLineEdit*>(w) || qobject_cast<QRadioButton*>(w) || qobject_cast<QCheckBox*>(w)
                || qobject_cast<QPushButton*>(w))
                QVERIFY2(!w->accessibleName().isEmpty() || !w->property("text").toString().isEmpty(), w->metaObject()->className());
        }
        QVERIFY(!dialog.encryptBox()->isEnabled()); // the backups folder keeps plain, checkable copies
        dialog.toFileButton()->setChecked(true);
        dialog.fileEdit()->setText(journal.dir.filePath(QStringLiteral("usb/journal.cpdj.enc")));
        dialog.encryptBox()->setChecked(true);
        dialog.passphraseEdit()->setText(QStringLiteral("blue kettle"));
        dialog.confirmEdit()->setText(QStringLiteral("blue kettle!"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog.accept();
        QVERIFY(MessageBox::lastText().contains(QLatin1String("same passphrase")));
        QVERIFY(dialog.writtenPath().isEmpty());
        dialog.confirmEdit()->setText(QStringLiteral("blue kettle"));
        dialog.rememberBox()->setChecked(true);
        dialog.accept();
        QVERIFY(FileCrypto::isEncryptedFile(dialog.writtenPath()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(BackupPassphrases(secrets).recall(journal.path)->value_or(QByteArray()), QByteArray("blue kettle"));
    }

    void restoreFromTheListAndFromAChosenFile()
    {
        test::TestJournal journal;
        EntryRepository entries(*journal.db, journal.clock);
        QVERIFY(entries.add(test::TestJournal::sampleEntry()));
        BackupService service(journal.path, journal.clock);
        QVERIFY(service.backUp(journal.db->connection(), QStringLiteral("daily")));
        QVERIFY(entries.add(test::TestJournal::sampleEntry(QStringLiteral("Second"))));
        journal.clock.advanceSecs(24 * 3600); // another day: rotation keeps both
        auto second = service.backUp(journal.db->connection(), QStringLiteral("manual"));
        QVERIFY(second);
        journal.db.reset();

        RestoreDialog dialog(journal.path, journal.clock, nullptr);
        dialog.loadBackups();
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        QCOMPARE(dialog.list()->topLevelItem(0)->text(3), QStringLiteral("2")); // newest first, with its entries
        QCOMPARE(dialog.list()->topLevelItem(0)->text(4), QStringLiteral("Good"));
        QVERIFY(dialog.restoreButton()->isEnabled());
        QVERIFY(!dialog.list()->accessibleName().isEmpty());

        // A damaged file can be looked at but not restored.
        const QString junk = journal.dir.filePath(QStringLiteral("junk.cpdj"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a journal");
        f.close();
        dialog.addFile(junk);
        QVERIFY(!dialog.restoreButton()->isEnabled());
        QVERIFY(dialog.list()->currentItem()->text(4).contains(QLatin1String("not a CPD journal")));

        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1)); // the older, one entry
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(QFile::exists(dialog.keptAside()));
        auto db = Database::open(journal.path);
        QVERIFY(db);
        QCOMPARE(*EntryRepository(**db, journal.clock).count(), 1);
    }
};

QTEST_MAIN(TestBackupUi)
#include "tst_backupui.moc"
