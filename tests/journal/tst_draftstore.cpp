#include "TestJournal.h"
#include "journal/DraftStore.h"

#include <QTest>

using namespace cpd;
using cpd::test::TestJournal;

class TestDraftStore : public QObject
{
    Q_OBJECT

private slots:
    void draftsSurviveReopeningAndAreRemovedOnRequest()
    {
        TestJournal j;
        Entry half;
        half.title = QStringLiteral("Half-written");
        half.templateId = QStringLiteral("gibbs");
        half.reflection.insert(QStringLiteral("feelings"), QStringLiteral("Anxious at first"));
        {
            DraftStore drafts(*j.db, j.clock);
            QVERIFY(drafts.save(QStringLiteral("editor"), QString(), half));
            half.reflection.insert(QStringLiteral("feelings"), QStringLiteral("Anxious at first, then calmer"));
            QVERIFY(drafts.save(QStringLiteral("editor"), QString(), half)); // replaces, not duplicates
        }
        j.db.reset();
        auto reopened = Database::open(j.path);
        QVERIFY(reopened);
        DraftStore drafts(**reopened, j.clock);
        auto all = drafts.all();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().entry.reflection.value(QStringLiteral("feelings")), QStringLiteral("Anxious at first, then calmer"));
        QCOMPARE(all->first().saved, j.clock.now());
        QVERIFY(drafts.remove(QStringLiteral("editor")));
        QVERIFY(drafts.all()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDraftStore)
#include "tst_draftstore.moc"
