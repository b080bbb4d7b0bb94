#include "journal/DraftStore.h"
#include "journal/EntryRepository.h"
#include "search/EntrySearch.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "util/FixedClock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString fixtures()
{
    return QStringLiteral(CPD_SOURCE_DIR "/tests/journal/fixtures");
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void stepsAreNumberedWithoutGaps()
    {
        const auto steps = Migrator::steps();
        QVERIFY(steps.size() >= 3);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
    }

    void thereIsAFixtureForEveryEarlierSchema()
    {
        for (int v = 1; v < Migrator::latestVersion(); ++v) {
            const QString path = QDir(fixtures()).filePath(QStringLiteral("journal-v%1.cpdj").arg(v));
            QVERIFY2(QFile::exists(path), qPrintable(QStringLiteral("missing fixture %1: make it with "
                                                                    "tests/journal/fixtures/make-fixture.sh %2")
                                                         .arg(path)
                                                         .arg(v)));
        }
    }

    void everyEarlierSchemaUpgradesWithItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrator::latestVersion(); ++v) {
            if (QFile::exists(QDir(fixtures()).filePath(QStringLiteral("journal-v%1.cpdj").arg(v))))
                QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
        }
    }

    void everyEarlierSchemaUpgradesWithItsData()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.cpdj"));
        QVERIFY(QFile::copy(QDir(fixtures()).filePath(QStringLiteral("journal-v%1.cpdj").arg(version)), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(*Migrator::currentVersion((*db)->connection()), Migrator::latestVersion());
        auto integrity = Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA integrity_check"), QStringLiteral("check"));
        QCOMPARE(integrity->toString(), QStringLiteral("ok"));

        FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
        EntryRepository repo(**db, clock);
        auto foot = repo.get(QStringLiteral("11111111-1111-4111-8111-111111111111"));
        QVERIFY2(foot, qPrintable(foot ? QString() : foot.error().message));
        QCOMPARE(foot->title, QStringLiteral("Diabetic foot checks"));
        QCOMPARE(foot->reflection.value(QStringLiteral("learned")), QStringLiteral("Monofilament testing sites"));
        QCOMPARE(foot->tags, (QStringList{QStringLiteral("diabetes"), QStringLiteral("podiatry")}));
        QCOMPARE(foot->links.size(), 1);
        QCOMPARE(foot->topics.size(), 1);
        QCOMPARE(foot->extra.value(QStringLiteral("x_legacy")).toString(), QStringLiteral("kept"));
        auto survey = repo.get(QStringLiteral("22222222-2222-4222-8222-222222222222"));
        QVERIFY(survey);
        QCOMPARE(survey->credits, std::optional<double>(1.5));
        QCOMPARE(survey->endDate, QDate(2024, 3, 2));

        // Entries stored before search existed are searchable after the upgrade.
        auto hits = EntrySearch(**db).search(QStringLiteral("monofilament"));
        QCOMPARE(hits->size(), 1);
        // What was in the trash stays in the trash.
        if (version >= 2) {
            QCOMPARE(*repo.count(), 1);
            auto s = EntrySearch(**db).search(QStringLiteral("appointments"));
            QCOMPARE(s->size(), 0);
        } else {
            QCOMPARE(*repo.count(), 2);
        }
        if (version >= 3) {
            auto drafts = DraftStore(**db, clock).all();
            QCOMPARE(drafts->size(), 1);
            QCOMPARE(drafts->first().entry.title, QStringLiteral("Half-written reflection on a tweet chat"));
        }
        // Later concerns' data rides through later upgrades untouched.
        const QList<std::tuple<int, QString, int>> tables = {
            {4, QStringLiteral("revalidation_profile"), 1},
            {4, QStringLiteral("revalidation_records"), 1},
            {5, QStringLiteral("topic_feedback"), 1},
            {6, QStringLiteral("guidelines"), 1},
            {6, QStringLiteral("entry_guidelines"), 1},
            {6, QStringLiteral("social_finds"), 1},
            {9, QStringLiteral("privacy_dismissals"), 1},
            {10, QStringLiteral("team_identity"), 1},
            {10, QStringLiteral("team_summaries"), 1},
            {10, QStringLiteral("team_notes"), 1},
            {10, QStringLiteral("team_signoffs"), 1},
        };
        for (const auto& [since, table, rows] : tables) {
            if (version < since)
                continue;
            auto n = Sql::scalar((*db)->connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table),
                                 QStringLiteral("count"));
            QVERIFY2(n, qPrintable(table));
            QCOMPARE(n->toInt(), rows);
        }
        // The upgraded journal takes new entries.
        Entry e = *foot;
        e.id.clear();
        e.title = QStringLiteral("After the upgrade");
        QVERIFY(repo.add(e));
    }

    void aJournalFromANewerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.cpdj"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
            QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("PRAGMA user_version = 999"), QStringLiteral("set")));
            QVERIFY(Sql::exec((*db)->connection(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), QStringLiteral("checkpoint")));
        }
        const QByteArray before = fileHash(path);
        auto again = Database::open(path);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("newer version of CPD Journal")), qPrintable(again.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void otherFilesAreRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << QByteArray("Dear diary, this is not a database.\n").repeated(200)
                              << QStringLiteral("not a CPD Journal file");
        QTest::newRow("png header") << (QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'x'))
                                    << QStringLiteral("not a CPD Journal file");
    }

    void otherFilesAreRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.cpdj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(expected), qPrintable(db.error().message));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), content);
    }

    void anotherProgramsDatabaseIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO contacts VALUES ('x')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(QStringLiteral("not a CPD journal")), qPrintable(db.error().message));
        QCOMPARE(fileHash(path), before);
    }

    void aFolderIsNotAJournal()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.path());
        QVERIFY(!db);
        QVERIFY(db.error().message.contains(QStringLiteral("is a folder")));
    }

    void aNewJournalIsCreatedWithItsFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a/b/journal.cpdj"));
        auto db = Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(QFile::exists(path));
        auto mode = Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA journal_mode"), QStringLiteral("read"));
        QCOMPARE(mode->toString(), QStringLiteral("wal"));
        auto fk = Sql::scalar((*db)->connection(), QStringLiteral("PRAGMA foreign_keys"), QStringLiteral("read"));
        QCOMPARE(fk->toInt(), 1);
        Database::Options noCreate;
        noCreate.create = false;
        QVERIFY(!Database::open(dir.filePath(QStringLiteral("missing.cpdj")), noCreate));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
