// Kills the real cpdjournal-cli with SIGKILL at random moments while it writes (a loop of `add`,
// and `import json` of a few thousand entries) and proves after every kill that the journal is
// whole: integrity_check is ok, every entry whose `add` returned 0 is there and identical, and an
// import is either all there or not there at all.
//
// CPD_KILL_SEED and CPD_KILL_ITERATIONS override the seed and the number of kills; both are
// printed, with the figures (kills landed while the CLI was writing, entries lost).
#include "demo/DemoJournalGenerator.h"
#include "export/JournalJson.h"
#include "journal/EntryJson.h"
#include "journal/EntryRepository.h"
#include "storage/Database.h"
#include "util/FixedClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <cstdio>

using namespace cpd;

namespace {

struct Figures
{
    int iterations = 0;
    int addIterations = 0;
    int importIterations = 0;
    int killedWhileRunning = 0; // the CLI had not exited when SIGKILL arrived
    int killedAfterWriteBegan = 0; // ... and SQLite had begun writing (WAL frames on disk)
    int killedMidWrite = 0;        // ... and the transaction had not committed
    int addsAcknowledged = 0;
    int addsKilled = 0;
    int killedAddsStored = 0; // a killed add whose transaction had committed
    int importsCompleted = 0; // exit 0 before the kill
    int importsKilledWhole = 0; // killed, yet the whole batch had committed
    int importsKilledAbsent = 0;
    int entriesLost = 0;
    int integrityFailures = 0;
    int halfBatches = 0;
};

QString uuidFrom(QRandomGenerator& rng)
{
    // Ids from the seeded generator, so a failing seed replays the same journal.
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i)
        bytes[i] = char(rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0f) | 0x40);
    bytes[8] = char((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// A plain connection, not Database::open: the check must see the file as SQLite finds it.
QString integrityOf(const QString& path)
{
    const QString name = QStringLiteral("kill-check");
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            result = db.lastError().text();
        else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
                result = q.lastError().text();
            else {
                QStringList lines;
                while (q.next())
                    lines << q.value(0).toString();
                result = lines.join(QLatin1Char('\n'));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

int countEntries(const QString& path)
{
    const QString name = QStringLiteral("kill-count");
    int n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT count(*) FROM entries")) && q.next())
                n = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

struct Run
{
    int exitCode = 0;     // -1: killed while running
    bool walWritten = false; // when killed: SQLite had begun writing (the WAL held frames)
};

// Starts the CLI on journal, waits until it exits or killAtMs (from the start) comes, then
// SIGKILLs it.
Run runUntil(const QString& journal, const QStringList& args, qint64 killAtMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    p.start(QStringLiteral(CPD_CLI), QStringList{QStringLiteral("--db"), journal} + args);
    if (!p.waitForStarted(10000))
        qFatal("cpdjournal-cli did not start");
    const qint64 left = killAtMs - clock.elapsed();
    if (left > 0 && p.waitForFinished(int(left)))
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, false};
    if (p.state() != QProcess::NotRunning) {
        const bool walWritten = QFileInfo(journal + QStringLiteral("-wal")).size() > 0;
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        return {-1, walWritten};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, false};
}

} // namespace

class KillTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sigkillDuringWrites();

private:
    qint64 timeOneAdd();
    void addIteration(QRandomGenerator& rng);
    void importIteration(QRandomGenerator& rng, bool toTheEnd = false);
    bool importOnce(QRandomGenerator& rng, bool toTheEnd);
    QString writeAddInput(QRandomGenerator& rng, QString* id, QJsonObject* sent);
    void checkIntegrity(const QString& path, const char* after);
    void checkAcknowledged();

    QTemporaryDir m_dir;
    QString m_addJournal;
    QString m_emptyJournal;
    QList<Entry> m_templates;       // realistic entries (demo generator), reused with fresh ids
    QHash<QString, QJsonObject> m_acknowledged; // id → what was sent, for adds that returned 0
    qint64 m_addMs = 0;    // one uncontended add, start to exit
    qint64 m_importMs = 0; // one uncontended import
    Figures m_f;
};

static constexpr int kImportEntries = 2000;

void KillTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_addJournal = m_dir.filePath(QStringLiteral("adds.cpdj"));
    m_emptyJournal = m_dir.filePath(QStringLiteral("empty.cpdj"));
    {
        auto db = Database::open(m_emptyJournal);
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
        QVERIFY(QSqlQuery((*db)->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFile::copy(m_emptyJournal, m_addJournal));
    QFile(m_addJournal).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    DemoJournalGenerator generator(8, QDate(2026, 3, 1));
    m_templates = generator.generate(kImportEntries);
    QCOMPARE(m_templates.size(), kImportEntries);
}

void KillTest::sigkillDuringWrites()
{
    bool seedOk = false;
    quint32 seed = qEnvironmentVariable("CPD_KILL_SEED").toUInt(&seedOk);
    if (!seedOk)
        seed = 20261122;
    bool itOk = false;
    int iterations = qEnvironmentVariableIntValue("CPD_KILL_ITERATIONS", &itOk);
    if (!itOk || iterations <= 0)
        iterations = 110;
    std::printf("kill test: seed %u, %d iterations (CPD_KILL_SEED, CPD_KILL_ITERATIONS)\n", seed, iterations);
    std::fflush(stdout);
    QRandomGenerator rng(seed);

    // How long an uncontended add and import take, so that kills spread over the whole of each.
    m_addMs = timeOneAdd();
    {
        QElapsedTimer t;
        t.start();
        importIteration(rng, true); // a checked iteration of its own
        m_importMs = qMax<qint64>(t.elapsed(), 100);
    }
    std::printf("kill test: one add takes %lld ms, one import of %d entries %lld ms\n", m_addMs, kImportEntries, m_importMs);
    std::fflush(stdout);

    QElapsedTimer total;
    total.start();
    // Every iteration ends in a kill that lands while the CLI runs (a run that finished first is
    // acknowledged and another is started).
    while (m_f.killedWhileRunning < iterations) {
        if (rng.bounded(100) < 88)
            addIteration(rng);
        else
            importIteration(rng);
        if (QTest::currentTestFailed())
            return;
    }
    checkAcknowledged();
    std::printf("kill test figures: %d iterations (%d during adds, %d during imports of %d entries, the first run "
                "to the end) in %.1f s; SIGKILL landed while the CLI ran %d times, after SQLite began writing %d, mid-write (before "
                "the commit) %d; adds acknowledged %d, adds killed %d (%d had committed); imports completed %d, "
                "killed %d (whole %d, absent %d); half batches %d; integrity failures %d; entries lost %d\n",
                m_f.iterations, m_f.addIterations, m_f.importIterations, kImportEntries, double(total.elapsed()) / 1000.0,
                m_f.killedWhileRunning, m_f.killedAfterWriteBegan, m_f.killedMidWrite, m_f.addsAcknowledged,
                m_f.addsKilled, m_f.killedAddsStored, m_f.importsCompleted, m_f.importsKilledWhole + m_f.importsKilledAbsent,
                m_f.importsKilledWhole, m_f.importsKilledAbsent, m_f.halfBatches, m_f.integrityFailures, m_f.entriesLost);
    std::fflush(stdout);
    QCOMPARE(m_f.integrityFailures, 0);
    QCOMPARE(m_f.halfBatches, 0);
    QCOMPARE(m_f.entriesLost, 0);
    QCOMPARE(m_f.killedWhileRunning, iterations);
}

QString KillTest::writeAddInput(QRandomGenerator& rng, QString* id, QJsonObject* sent)
{
    Entry e = m_templates.at(int(rng.bounded(qsizetype(m_templates.size()))));
    e.id = uuidFrom(rng);
    e.title = QStringLiteral("%1 (%2)").arg(e.title).arg(m_acknowledged.size() + m_f.addsKilled);
    QJsonObject json = EntryJson::toJson(e);
    json.remove(QStringLiteral("created"));
    json.remove(QStringLiteral("updated"));
    const QString input = m_dir.filePath(QStringLiteral("add.json"));
    if (!writeFile(input, QJsonDocument(json).toJson()))
        qFatal("cannot write %s", qPrintable(input));
    *id = e.id;
    *sent = json;
    return input;
}

qint64 KillTest::timeOneAdd()
{
    QList<qint64> ms;
    QRandomGenerator rng(1);
    for (int i = 0; i < 5; ++i) {
        QString id;
        QJsonObject sent;
        const QString input = writeAddInput(rng, &id, &sent);
        QElapsedTimer t;
        t.start();
        if (runUntil(m_addJournal, {QStringLiteral("add"), QStringLiteral("--json"), input}, 600000).exitCode != 0)
            qFatal("add failed");
        ms << t.elapsed();
        m_acknowledged.insert(id, sent);
        ++m_f.addsAcknowledged;
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(2);
}

void KillTest::checkIntegrity(const QString& path, const char* after)
{
    const QString integrity = integrityOf(path);
    if (integrity != QLatin1String("ok")) {
        ++m_f.integrityFailures;
        qWarning("integrity_check after %s (iteration %d): %s", after, m_f.iterations, qPrintable(integrity));
    }
}

// A few adds that run to the end (each acknowledged), then one killed somewhere in its life:
// from the process starting to its exit, weighted to the end where the journal is written.
void KillTest::addIteration(QRandomGenerator& rng)
{
    ++m_f.iterations;
    ++m_f.addIterations;
    const int completeFirst = int(rng.bounded(2));
    for (int i = 0;; ++i) {
        QString id;
        QJsonObject sent;
        const QString input = writeAddInput(rng, &id, &sent);
        const bool toKill = i >= completeFirst;
        const qint64 killAt = toKill ? qint64(m_addMs * (30 + rng.bounded(90)) / 100) : 600000;
        const Run run = runUntil(m_addJournal, {QStringLiteral("add"), QStringLiteral("--json"), input}, killAt);
        if (run.exitCode == 0) {
            ++m_f.addsAcknowledged;
            m_acknowledged.insert(id, sent);
            continue;
        }
        QVERIFY2(run.exitCode == -1, qPrintable(QStringLiteral("add failed with exit %1").arg(run.exitCode)));
        ++m_f.killedWhileRunning;
        ++m_f.addsKilled;
        m_f.killedAfterWriteBegan += run.walWritten ? 1 : 0;
        auto db = Database::open(m_addJournal, {.create = false});
        QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
        FixedClock fixed(QDateTime::currentDateTimeUtc());
        auto stored = EntryRepository(**db, fixed).exists(id);
        QVERIFY(stored.has_value());
        if (*stored) {
            // Whole or not at all: a killed add that had committed must be whole too.
            ++m_f.killedAddsStored;
            m_acknowledged.insert(id, sent);
        } else if (run.walWritten) {
            ++m_f.killedMidWrite;
        }
        break;
    }
    checkIntegrity(m_addJournal, "killing an add");
    checkAcknowledged();
}

void KillTest::checkAcknowledged()
{
    auto db = Database::open(m_addJournal, {.create = false});
    QVERIFY2(db.has_value(), db ? "" : qPrintable(db.error().message));
    FixedClock fixed(QDateTime::currentDateTimeUtc());
    EntryRepository repository(**db, fixed);
    int lost = 0;
    for (auto it = m_acknowledged.cbegin(); it != m_acknowledged.cend(); ++it) {
        auto stored = repository.get(it.key());
        if (!stored) {
            ++lost;
            continue;
        }
        const QJsonObject json = EntryJson::toJson(*stored);
        for (auto key = it.value().begin(); key != it.value().end(); ++key) {
            if (json.value(key.key()) != key.value()) {
                qWarning("entry %s differs in %s", qPrintable(it.key()), qPrintable(key.key()));
                ++lost;
                break;
            }
        }
    }
    m_f.entriesLost = qMax(m_f.entriesLost, lost);
}

// An import of a few thousand entries (short reflections, so that one takes a second or two, not
// ten) into an empty journal, killed anywhere in it: afterwards all of them or none.
void KillTest::importIteration(QRandomGenerator& rng, bool toTheEnd)
{
    ++m_f.iterations;
    ++m_f.importIterations;
    while (!importOnce(rng, toTheEnd) && !toTheEnd && !QTest::currentTestFailed()) {
    }
}

// Returns whether the import was killed while it ran.
bool KillTest::importOnce(QRandomGenerator& rng, bool toTheEnd)
{
    const QString journal = m_dir.filePath(QStringLiteral("import.cpdj"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(journal + suffix);
    if (!QFile::copy(m_emptyJournal, journal))
        qFatal("cannot copy the empty journal");
    QFile(journal).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QJsonArray entries;
    for (int i = 0; i < kImportEntries; ++i) {
        Entry e = m_templates.at(i);
        e.id = uuidFrom(rng);
        for (auto it = e.reflection.begin(); it != e.reflection.end(); ++it)
            it.value() = it.value().section(QLatin1Char(' '), 0, 15);
        entries.append(EntryJson::toJson(e));
    }
    const QJsonObject document{{QStringLiteral("format"), JournalJson::formatName()},
                               {QStringLiteral("version"), JournalJson::kVersion},
                               {QStringLiteral("profile"), QJsonValue::Null},
                               {QStringLiteral("entries"), entries},
                               {QStringLiteral("trash"), QJsonArray()},
                               {QStringLiteral("records"), QJsonArray()},
                               {QStringLiteral("tables"), QJsonObject()}};
    const QString input = m_dir.filePath(QStringLiteral("import.json"));
    if (!writeFile(input, QJsonDocument(document).toJson(QJsonDocument::Compact)))
        qFatal("cannot write %s", qPrintable(input));

    const qint64 killAt = toTheEnd ? 600000 : qint64(rng.bounded(int(m_importMs * 9 / 10)));
    const Run run = runUntil(journal, {QStringLiteral("import"), QStringLiteral("json"), input}, killAt);
    checkIntegrity(journal, "killing an import");
    const int stored = countEntries(journal);
    if (run.exitCode == 0) {
        ++m_f.importsCompleted;
        if (stored != kImportEntries) {
            ++m_f.halfBatches;
            m_f.entriesLost += kImportEntries - qMax(stored, 0);
        }
        return false;
    }
    if (run.exitCode != -1) {
        QTest::qFail(qPrintable(QStringLiteral("import json failed with exit %1").arg(run.exitCode)), __FILE__, __LINE__);
        return false;
    }
    ++m_f.killedWhileRunning;
    m_f.killedAfterWriteBegan += run.walWritten ? 1 : 0;
    if (stored == kImportEntries) {
        ++m_f.importsKilledWhole;
    } else if (stored == 0) {
        ++m_f.importsKilledAbsent;
        m_f.killedMidWrite += run.walWritten ? 1 : 0;
    } else {
        ++m_f.halfBatches;
        qWarning("import killed at %lld ms left %d of %d entries", killAt, stored, kImportEntries);
    }
    return true;
}

QTEST_GUILESS_MAIN(KillTest)
#include "tst_killtest.moc"
