// The Revalidation dashboard, profile dialog and record dialog, offscreen.
#include "RevalidationFixtures.h"
#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "common/MessageBox.h"
#include "main/MainWindow.h"
#include "revalidation/ProfileDialog.h"
#include "revalidation/RevalidationArea.h"
#include "revalidation/RecordDialog.h"
#include "revalidation/RequirementModel.h"
#include "revalidation/RevalidationDashboard.h"
#include "standards/NmcStandard.h"
#include "standards/ProfileRepository.h"
#include "standards/RecordRepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedBarSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TstRevalidationDashboard : public QObject
{
    Q_OBJECT

private slots:
    void modelUnderTester()
    {
        RequirementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto s = NmcStandard().evaluate(nurse("2027-04-30"), {}, {learning("2026-01-01", 12.5, 2)}, d("2026-03-14"));
        model.setStatus(*s);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(1, RequirementModel::Progress).data().toString(), QStringLiteral("12.5 of 35 hours"));
        QVERIFY(model.index(1, RequirementModel::State).data().toString().contains(QStringLiteral("22.5 more CPD hours")));
        QCOMPARE(model.index(1, RequirementModel::Progress).data(RequirementModel::FractionRole).toDouble(), 12.5 / 35);
        model.setStatus({});
        QCOMPARE(model.rowCount(), 0);
    }

    void emptyJournalAsksForAProfile()
    {
        TestJournal j;
        RevalidationDashboard dashboard(*j.db, j.clock);
        QVERIFY(!dashboard.hasProfile());
        QVERIFY(!dashboard.reminder());
    }

    void dashboardShowsProgressMissingChartAndEvidence()
    {
        TestJournal j; // today is 2026-03-14
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2026-05-31")));
        Entry e = TestJournal::sampleEntry(); // 2026-02-03, 3 hours, 2 participatory, a complete account
        auto added = EntryRepository(*j.db, j.clock).add(e);
        QVERIFY(added);
        auto discussion = RecordRepository(*j.db, j.clock).add(test::discussion("2026-01-10"));
        QVERIFY(discussion);

        RevalidationDashboard dashboard(*j.db, j.clock);
        dashboard.show();
        QVERIFY(dashboard.hasProfile());
        // The figures are worked out on a worker thread; the page says so meanwhile.
        QVERIFY(dashboard.isUpdating());
        QCOMPARE(dashboard.deadlineLabel()->text(), QStringLiteral("Working out your progress…"));
        QSignalSpy shown(&dashboard, &RevalidationDashboard::statusShown);
        QVERIFY(shown.wait(10000));
        QVERIFY(!dashboard.isUpdating());
        QCOMPARE(dashboard.standard(), QStringLiteral("nmc"));
        QVERIFY2(dashboard.deadlineLabel()->text().startsWith(QStringLiteral("48 days to the application date")),
                 qPrintable(dashboard.deadlineLabel()->text()));
        QVERIFY(dashboard.missingLabel()->text().contains(QStringLiteral("4 more reflective accounts")));
        const auto reminder = dashboard.reminder();
        QVERIFY(reminder);
        QVERIFY(reminder->contains(QStringLiteral("48 days")));

        // Clicking a requirement lists what is behind it.
        QTableView* view = dashboard.requirementView();
        const QRect cell = view->visualRect(dashboard.model()->index(1, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(dashboard.evidenceList()->count(), 1);
        QVERIFY(dashboard.evidenceList()->item(0)->text().contains(e.title));
        dashboard.showEvidence(5); // the reflective discussion: a record
        QCOMPARE(dashboard.evidenceList()->count(), 1);
        QVERIFY(dashboard.evidenceList()->item(0)->text().contains(QStringLiteral("Alex Jones")));

        // Hours by month, participatory stacked on the rest.
        QChart* chart = dashboard.hoursChart();
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QStackedBarSeries*>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 2);
        double participatory = 0;
        double other = 0;
        for (int i = 0; i < series->barSets().at(0)->count(); ++i) {
            participatory += series->barSets().at(0)->at(i);
            other += series->barSets().at(1)->at(i);
        }
        QCOMPARE(participatory, 2.0);
        QCOMPARE(other, 1.0);
    }

    void mainWindowShowsRevalidationFirstOnceAProfileExists()
    {
        {
            TestJournal j;
            MainWindow window(std::move(j.db), j.clock);
            RevalidationArea::install(window);
            QVERIFY(window.areas().contains(RevalidationArea::kId));
            QCOMPARE(window.currentArea(), QStringLiteral("journal")); // no profile yet
        }
        TestJournal j; // today is 2026-03-14; the NMC application date 2026-04-01 is 18 days away
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2026-04-30")));
        MainWindow window(std::move(j.db), j.clock);
        RevalidationArea::install(window);
        QCOMPARE(window.currentArea(), RevalidationArea::kId);
        QVERIFY(window.revalidation());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        RevalidationArea::remindIfDue(window);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("18 days to the application date")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("5 more reflective accounts")));
    }

    void profileDialogRoundTripAndErrors()
    {
        ProfileDialog dialog;
        const Profile p = gp("2026-06-15", "2028-06-15");
        dialog.setProfile(p);
        auto back = dialog.profile();
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(*back, p);
        dialog.field(QStringLiteral("next_appraisal_date"))->clear();
        auto bad = dialog.profile();
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QStringLiteral("next_appraisal_date")));
        QVERIFY(!dialog.professionBox(QStringLiteral("nurse"))->accessibleName().isEmpty());
    }

    void recordDialogBuildsRecords()
    {
        RecordDialog dialog;
        dialog.setType(QStringLiteral("declaration"));
        auto* kind = qobject_cast<QComboBox*>(dialog.field(QStringLiteral("kind")));
        kind->setCurrentIndex(kind->findData(QStringLiteral("indemnity")));
        qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("date")))->setText(QStringLiteral("2026-02-01"));
        auto* arrangement = qobject_cast<QComboBox*>(dialog.field(QStringLiteral("arrangement")));
        arrangement->setCurrentIndex(arrangement->findData(QStringLiteral("private")));
        auto missingProvider = dialog.record();
        QVERIFY(!missingProvider);
        QVERIFY(missingProvider.error().message.contains(QStringLiteral("provider")));
        qobject_cast<QLineEdit*>(dialog.field(QStringLiteral("provider")))->setText(QStringLiteral("Acme Mutual"));
        auto r = dialog.record();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->as<Declaration>()->provider, QStringLiteral("Acme Mutual"));

        dialog.setType(QStringLiteral("practice-hours"));
        QVERIFY(qobject_cast<QDoubleSpinBox*>(dialog.field(QStringLiteral("hours"))));
        QVERIFY(!dialog.record()); // empty form
        for (QWidget* w : dialog.findChildren<QWidget*>()) {
            const bool inner = qobject_cast<QAbstractSpinBox*>(w->parentWidget()) || qobject_cast<QComboBox*>(w->parentWidget());
            if ((qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)) && !inner)
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
    }
};

QTEST_MAIN(TstRevalidationDashboard)
#include "tst_revalidationdashboard.moc"
