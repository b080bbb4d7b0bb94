// Rotation: which automatic backups survive, as a pure rule and over 60 simulated days of real
// backups made through BackupService with an injected clock.
#include "backup/BackupRotation.h"
#include "backup/BackupService.h"
#include "TestJournal.h"

#include <QDir>
#include <QSet>

using namespace cpd;

class TestBackupRotation : public QObject
{
    Q_OBJECT

private slots:
    void keepsSevenDaysAndFourWeeks()
    {
        // One backup a day from Thursday 1 January to Sunday 1 March 2026 (ISO week 9).
        QList<BackupRotation::Item> items;
        for (QDate d(2026, 1, 1); d <= QDate(2026, 3, 1); d = d.addDays(1))
            items.append({d.toString(Qt::ISODate), QDateTime(d, QTime(12, 0)), false});
        const QStringList removed = BackupRotation::toRemove(items);
        QSet<QString> kept;
        for (const auto& i : std::as_const(items))
            kept.insert(i.path);
        for (const QString& r : removed)
            kept.remove(r);
        // The last 7 days (all of week 9) and the Sundays ending weeks 8, 7 and 6.
        const QSet<QString> expected = {QStringLiteral("2026-02-23"), QStringLiteral("2026-02-24"), QStringLiteral("2026-02-25"),
                                        QStringLiteral("2026-02-26"), QStringLiteral("2026-02-27"), QStringLiteral("2026-02-28"),
                                        QStringLiteral("2026-03-01"), QStringLiteral("2026-02-22"), QStringLiteral("2026-02-15"),
                                        QStringLiteral("2026-02-08")};
        QCOMPARE(kept, expected);
    }

    void newestOfADayWinsAndGapsAreSkipped()
    {
        const QList<BackupRotation::Item> items = {
            {QStringLiteral("mon-am"), QDateTime(QDate(2026, 3, 2), QTime(8, 0)), false},
            {QStringLiteral("mon-pm"), QDateTime(QDate(2026, 3, 2), QTime(18, 0)), false},
            // a month away: still one of the 7 most recent days that have a backup
            {QStringLiteral("old"), QDateTime(QDate(2026, 1, 5), QTime(8, 0)), false},
        };
        QCOMPARE(BackupRotation::toRemove(items), QStringList{QStringLiteral("mon-am")});
    }

    void keepsFourNewestUpgradeBackups()
    {
        QList<BackupRotation::Item> items;
        for (int i = 0; i < 6; ++i)
            items.append({QStringLiteral("u%1").arg(i), QDateTime(QDate(2026, 1, 1 + i), QTime(12, 0)), true});
        QCOMPARE(BackupRotation::toRemove(items), (QStringList{QStringLiteral("u1"), QStringLiteral("u0")}));
    }

    void sixtySimulatedDaysOfRealBackups()
    {
        test::TestJournal journal;
        journal.clock.set(QDateTime(QDate(2026, 1, 1), QTime(12, 0)));
        BackupService service(journal.path, journal.clock);
        const QSqlDatabase db = journal.db->connection();
        for (QDate d(2026, 1, 1); d <= QDate(2026, 3, 1); d = d.addDays(1)) {
            journal.clock.set(QDateTime(d, QTime(12, 0)));
            auto made = service.dailyIfDue(db);
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
            QVERIFY(made->has_value());
            journal.clock.set(QDateTime(d, QTime(13, 0)));
            auto again = service.dailyIfDue(db); // first use of the day only
            QVERIFY(again && !again->has_value());
            if (d.day() == 10) { // a manual backup later the same day replaces that day's daily
                journal.clock.set(QDateTime(d, QTime(18, 0)));
                QVERIFY(service.backUp(db, QStringLiteral("manual")));
            }
            QVERIFY(service.list(false).size() <= BackupRotation::kDaily + BackupRotation::kWeekly);
        }
        QSet<QString> kept;
        const QList<BackupInfo> all = service.list();
        for (const BackupInfo& b : all) {
            QVERIFY2(b.ok, qPrintable(b.problem));
            kept.insert(b.created.date().toString(Qt::ISODate) + QLatin1Char(' ') + b.kind);
        }
        const QSet<QString> expected = {QStringLiteral("2026-02-23 daily"), QStringLiteral("2026-02-24 daily"),
                                        QStringLiteral("2026-02-25 daily"), QStringLiteral("2026-02-26 daily"),
                                        QStringLiteral("2026-02-27 daily"), QStringLiteral("2026-02-28 daily"),
                                        QStringLiteral("2026-03-01 daily"), QStringLiteral("2026-02-22 daily"),
                                        QStringLiteral("2026-02-15 daily"), QStringLiteral("2026-02-08 daily")};
        QCOMPARE(kept, expected);
        // Nothing but backups in the folder: no temporary copies left behind.
        QCOMPARE(QDir(service.folder()).entryList(QDir::Files | QDir::Hidden).size(), all.size());
    }
};

QTEST_GUILESS_MAIN(TestBackupRotation)
#include "tst_backuprotation.moc"
