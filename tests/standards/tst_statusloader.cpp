// StatusLoader: the revalidation figures worked out on a worker thread over a connection of its
// own, only the newest request delivered, errors delivered as errors.
#include "RevalidationFixtures.h"
#include "TestJournal.h"
#include "journal/EntryRepository.h"
#include "revalidation/StatusLoader.h"
#include "standards/ProfileRepository.h"
#include "standards/RevalidationService.h"
#include "standards/StandardRegistry.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;
using namespace cpd::test;

class TstStatusLoader : public QObject
{
    Q_OBJECT

private slots:
    void deliversWhatTheServiceWorksOut()
    {
        TestJournal j; // today is 2026-03-14
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2026-05-31")));
        QVERIFY(EntryRepository(*j.db, j.clock).add(TestJournal::sampleEntry()));
        StatusLoader loader;
        QSignalSpy loaded(&loader, &StatusLoader::loaded);
        loader.request(j.db->path(), QStringLiteral("nmc"), j.clock.today());
        QVERIFY(loader.isBusy());
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loader.isBusy());
        const auto outcome = loaded.first().first().value<StatusLoader::Outcome>();
        QVERIFY2(outcome.status, outcome.status ? "" : qPrintable(outcome.status.error().message));
        // The same figures as the service on the window's own connection.
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        const auto direct = RevalidationService(*j.db, standards).status(QStringLiteral("nmc"), j.clock.today());
        QVERIFY(direct);
        QCOMPARE(outcome.status->toJson(), direct->toJson());
        QVERIFY(outcome.months);
        double hours = 0;
        for (const MonthHours& m : *outcome.months)
            hours += m.participatory + m.other;
        QCOMPARE(hours, TestJournal::sampleEntry().hours);
    }

    void onlyTheNewestRequestIsDelivered()
    {
        TestJournal j;
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2026-05-31")));
        StatusLoader loader;
        QSignalSpy loaded(&loader, &StatusLoader::loaded);
        loader.request(j.db->path(), QStringLiteral("nmc"), j.clock.today());
        loader.request(j.db->path(), QStringLiteral("nmc"), QDate(2025, 1, 1));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200); // time for the older one to arrive, were it delivered
        QCOMPARE(loaded.size(), 1);
        const auto outcome = loaded.first().first().value<StatusLoader::Outcome>();
        QVERIFY(outcome.status);
        QCOMPARE(outcome.status->asOf, QDate(2025, 1, 1));
    }

    void discardDropsWhatIsRunning()
    {
        TestJournal j;
        QVERIFY(ProfileRepository(*j.db, j.clock).save(nurse("2026-05-31")));
        StatusLoader loader;
        QSignalSpy loaded(&loader, &StatusLoader::loaded);
        loader.request(j.db->path(), QStringLiteral("nmc"), j.clock.today());
        loader.discard();
        QVERIFY(!loader.isBusy());
        QVERIFY(!loaded.wait(500));
    }

    void aMissingJournalIsAnError()
    {
        QTemporaryDir dir;
        StatusLoader loader;
        QSignalSpy loaded(&loader, &StatusLoader::loaded);
        loader.request(dir.filePath(QStringLiteral("gone.cpdj")), QStringLiteral("nmc"), QDate(2026, 3, 14));
        QVERIFY(loaded.wait(10000));
        const auto outcome = loaded.first().first().value<StatusLoader::Outcome>();
        QVERIFY(!outcome.status);
        QVERIFY2(outcome.status.error().message.contains(QLatin1String("no journal")),
                 qPrintable(outcome.status.error().message));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("gone.cpdj")))); // nothing created
    }
};

QTEST_MAIN(TstStatusLoader)
#include "tst_statusloader.moc"
