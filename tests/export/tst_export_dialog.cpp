// The Export dialog, offscreen: preview pages on the worker thread, the gate's findings listed,
// an export written to the chosen file.
#include "ExportFixture.h"
#include "TestJournal.h"
#include "export/ExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void previewAndExport()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock);
        ExportDialog dialog(*j.db, j.clock);
        QCOMPARE(dialog.accountList()->count(), 7); // six complete accounts and a draft on the NMC form
        QCOMPARE(dialog.request().portfolio.accounts.size(), 5);
        QSignalSpy done(&dialog, &ExportDialog::finishedWork);
        dialog.startPreview();
        QVERIFY(dialog.isBusy());
        QVERIFY(done.wait(30000));
        QTRY_VERIFY(dialog.previewList()->count() >= 13);
        QVERIFY(dialog.findingList()->count() == 0);

        const QString path = j.dir.filePath(QStringLiteral("out.pdf"));
        dialog.setNextFileName(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.startExport();
        QVERIFY(exported.wait(30000));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
    }

    void findingsAreListed()
    {
        TestJournal j;
        fillNmcJournal(*j.db, j.clock, true);
        ExportDialog dialog(*j.db, j.clock);
        dialog.formatBox()->setCurrentIndex(1); // HTML
        const QString path = j.dir.filePath(QStringLiteral("out.html"));
        dialog.setNextFileName(path);
        QSignalSpy done(&dialog, &ExportDialog::finishedWork);
        dialog.startExport();
        QVERIFY(done.wait(30000));
        QTRY_VERIFY(dialog.findingList()->count() >= 2);
        QVERIFY(!QFile::exists(path));
        QSignalSpy review(&dialog, &ExportDialog::reviewRequested);
        emit dialog.findingList()->itemActivated(dialog.findingList()->item(0));
        QCOMPARE(review.size(), 1);
        QCOMPARE(review.first().first().toString(), fixedId(21));

        dialog.allowIdentifiersBox()->setChecked(true);
        dialog.setNextFileName(path);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.startExport();
        QVERIFY(exported.wait(30000));
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
