#include "evidence/CaseNoteRepository.h"
#include "privacy/ConfidentialityScanner.h"
#include "privacy/DismissalStore.h"
#include "privacy/ScannerIdentifierCheck.h"
#include "storage/Migrator.h"

#include "TestJournal.h"

#include <QSqlQuery>

using namespace cpd;
using namespace cpd::test;

class TestDismissalStore : public QObject
{
    Q_OBJECT

private slots:
    void normalises()
    {
        QCOMPARE(DismissalStore::normalise(QStringLiteral("nhs_number"), QStringLiteral("943-476-5919")), QStringLiteral("9434765919"));
        QCOMPARE(DismissalStore::normalise(QStringLiteral("phone"), QStringLiteral("+44 7700 900123")), QStringLiteral("07700900123"));
        QCOMPARE(DismissalStore::normalise(QStringLiteral("phone"), QStringLiteral("0044 (0)7700 900123")),
                 DismissalStore::normalise(QStringLiteral("phone"), QStringLiteral("07700-900-123")));
        QCOMPARE(DismissalStore::normalise(QStringLiteral("postcode"), QStringLiteral("ls6 2qb")), QStringLiteral("LS62QB"));
        QCOMPARE(DismissalStore::normalise(QStringLiteral("person_name"), QStringLiteral(" Mr  O\u2019Connor ")),
                 QStringLiteral("mr o'connor"));
    }

    void dismissesByKindAndNormalisedText()
    {
        TestJournal j;
        DismissalStore store(*j.db);
        QCOMPARE(*store.isDismissed(QStringLiteral("person_name"), QStringLiteral("Dr Foster")), false);
        QVERIFY(store.dismiss(QStringLiteral("person_name"), QStringLiteral("Dr  Foster")));
        QVERIFY(store.dismiss(QStringLiteral("person_name"), QStringLiteral("dr foster"))); // twice is fine
        QCOMPARE(*store.isDismissed(QStringLiteral("person_name"), QStringLiteral("Dr Foster")), true);
        // the same text as another kind is not dismissed
        QCOMPARE(*store.isDismissed(QStringLiteral("email"), QStringLiteral("Dr Foster")), false);
        QVERIFY(store.dismiss(QStringLiteral("nhs_number"), QStringLiteral("9434765919")));
        QCOMPARE(*store.isDismissed(QStringLiteral("nhs_number"), QStringLiteral("943 476 5919")), true);

        const QList<Finding> findings =
            ConfidentialityScanner().scan(QStringLiteral("Dr Foster and Mrs Patel, NHS 943-476-5919, LS6 2QB"));
        QCOMPARE(findings.size(), 4);
        auto kept = store.withoutDismissed(findings);
        QVERIFY(kept);
        QCOMPARE(kept->size(), 2);
        QCOMPARE(kept->at(0).text, QStringLiteral("Mrs Patel"));
        QCOMPARE(kept->at(1).kind, QStringLiteral("postcode"));

        QVERIFY(store.undismiss(QStringLiteral("person_name"), QStringLiteral("DR FOSTER")));
        QCOMPARE(*store.isDismissed(QStringLiteral("person_name"), QStringLiteral("Dr Foster")), false);
        QVERIFY(!store.dismiss(QStringLiteral("person_name"), QStringLiteral("   ")));
    }

    void keptInTheJournal()
    {
        TestJournal j;
        QVERIFY(DismissalStore(*j.db).dismiss(QStringLiteral("postcode"), QStringLiteral("M1 1AE")));
        QCOMPARE(*Migrator::currentVersion(j.db->connection()), Migrator::latestVersion());
        j.db.reset();
        auto reopened = Database::open(j.path);
        QVERIFY(reopened);
        QCOMPARE(*DismissalStore(**reopened).isDismissed(QStringLiteral("postcode"), QStringLiteral("m11ae")), true);
        // an unknown kind is refused by the table
        QVERIFY(!DismissalStore(**reopened).dismiss(QStringLiteral("shoe_size"), QStringLiteral("9")));
    }

    void caseNotesAreRefusedWithTheFindings()
    {
        TestJournal j;
        DismissalStore dismissals(*j.db);
        const ScannerIdentifierCheck check(&dismissals);
        CaseNoteRepository cases(*j.db, j.clock, check);
        CaseNote note;
        note.summary = QStringLiteral("Mrs Patel (DOB 01/02/1950) missed her INR check");
        note.ageBand = QStringLiteral("65-79");
        auto refused = cases.add(note);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("Mrs Patel")), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QStringLiteral("01/02/1950")));
        QVERIFY(refused.error().message.contains(QStringLiteral("date of birth")));
        QCOMPARE(cases.list()->size(), 0);

        note.summary = QStringLiteral("A woman in her seventies missed her INR check; Dr Foster data showed the same pattern");
        QVERIFY(!cases.add(note));
        QVERIFY(dismissals.dismiss(QStringLiteral("person_name"), QStringLiteral("Dr Foster")));
        auto added = cases.add(note);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));

        QCOMPARE(IdentifierCheck::scanner().check({QStringLiteral("Mr O'Connor")}).size(), 1);
        QCOMPARE(IdentifierCheck::scanner().check({QStringLiteral("NICE NG136, 3 hours")}).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDismissalStore)
#include "tst_privacydismissals.moc"
