// Signed bundles end to end in-process: keygen into a MemorySecretStore, export, import into a
// manager's journal, and every way a bundle is refused (with nothing stored changed).
#include "TeamFixtures.h"
#include "TestJournal.h"
#include "secrets/MemorySecretStore.h"
#include "standards/StandardRegistry.h"
#include "storage/Sql.h"
#include "team/Ed25519.h"
#include "team/TeamBundle.h"
#include "team/TeamBundleImporter.h"
#include "team/TeamIdentity.h"
#include "team/TeamStore.h"
#include "topics/TopicCatalogue.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QtEndian>

using namespace cpd;
using namespace cpd::test;

namespace {

// Every row of every table, hashed: what "nothing stored changed" means.
QByteArray journalHash(Database& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE '%fts%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& t : names) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(t));
        h.addData(t.toUtf8());
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                h.addData(QByteArray(q.value(i).toByteArray() + '\x1f'));
        }
    }
    return h.result();
}

Profile nurse(const QString& name)
{
    Profile p;
    p.name = name;
    p.professions = {QStringLiteral("nurse")};
    p.nmcPin = QStringLiteral("12A3456E");
    p.registrationExpiry = QDate(2026, 9, 30);
    return p;
}

// A member: their own journal and keychain.
struct Member
{
    explicit Member(const QString& name)
    {
        QVERIFY(ProfileRepository(*journal.db, journal.clock).save(nurse(name)));
        auto e = EntryRepository(*journal.db, journal.clock).add(TestJournal::sampleEntry());
        entryId = e->id;
        auto id = TeamIdentity(*journal.db, secrets, journal.clock).generate(false);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        identity = *id;
    }
    QByteArray exportBundle(const QStringList& share = {})
    {
        journal.clock.advanceSecs(60);
        auto b = TeamIdentity(*journal.db, secrets, journal.clock).exportBundle(standards, catalogue, share);
        if (!b)
            qFatal("export failed: %s", qPrintable(b.error().message));
        return *b;
    }
    TestJournal journal;
    MemorySecretStore secrets;
    StandardRegistry standards = StandardRegistry::withBuiltIns();
    TopicCatalogue catalogue = TopicCatalogue::builtIn();
    TeamIdentity::Identity identity;
    QString entryId;
};

} // namespace

class TestTeamBundle : public QObject
{
    Q_OBJECT
private:
    // Imports bytes into the manager's journal expecting a refusal whose message has needle, and
    // checks nothing stored changed.
    void expectRefused(TestJournal& manager, const QByteArray& bytes, const QString& needle)
    {
        const QByteArray before = journalHash(*manager.db);
        auto r = TeamBundleImporter(*manager.db, manager.clock).importBytes(bytes, QStringLiteral("bad.cpdteam"));
        QVERIFY2(!r, qPrintable(QStringLiteral("accepted; expected refusal with: %1").arg(needle)));
        QVERIFY2(r.error().message.startsWith(QLatin1String("bad.cpdteam: ")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
        QCOMPARE(journalHash(*manager.db), before);
    }

private slots:
    void keygenKeepsThePrivateKeyInTheSecretStoreOnly()
    {
        Member m(QStringLiteral("Alex Morgan"));
        const QString key = TeamIdentity::secretKeyName(m.identity.memberId);
        QVERIFY(m.secrets.secrets().contains(key));
        const QByteArray secret = m.secrets.secrets().value(key);
        QCOMPARE(secret.size(), Ed25519::kSecretKeyBytes);
        QCOMPARE(Ed25519::publicKeyOf(secret), m.identity.publicKey);
        // Not in the journal, in any form.
        QSqlQuery q(m.journal.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT public_key FROM team_identity")) && q.next());
        QCOMPARE(q.value(0).toByteArray(), m.identity.publicKey);
        QFile file(m.journal.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        QVERIFY(!all.contains(secret.left(32)));
        QVERIFY(!all.contains(secret.toBase64()));
        // A second keygen is refused unless replaced; replacing keeps the member id.
        TeamIdentity identity(*m.journal.db, m.secrets, m.journal.clock);
        QVERIFY(!identity.generate(false));
        auto again = identity.generate(true);
        QVERIFY(again);
        QCOMPARE(again->memberId, m.identity.memberId);
        QVERIFY(again->publicKey != m.identity.publicKey);
    }
    void keychainFailureLeavesNoIdentity()
    {
        TestJournal j;
        MemorySecretStore secrets;
        secrets.failNext(QStringLiteral("the keyring is locked"));
        auto id = TeamIdentity(*j.db, secrets, j.clock).generate(false);
        QVERIFY(!id);
        QVERIFY(id.error().message.contains(QLatin1String("locked")));
        QVERIFY(!TeamIdentity(*j.db, secrets, j.clock).load()->has_value());
    }
    void importRecordsKeyThenReplacesWithNewer()
    {
        Member m(QStringLiteral("Alex Morgan"));
        TestJournal manager;
        const QByteArray first = m.exportBundle({m.entryId});
        const QByteArray second = m.exportBundle();
        TeamBundleImporter importer(*manager.db, manager.clock);
        auto a = importer.importBytes(first, QStringLiteral("alex-1.cpdteam"));
        QVERIFY2(a, qPrintable(a ? QString() : a.error().message));
        QVERIFY(a->firstImport);
        QCOMPARE(a->fingerprint, m.identity.fingerprint());
        QCOMPARE(a->sequence, qint64(1));
        TeamStore store(*manager.db, manager.clock);
        QCOMPARE((*store.summary(m.identity.memberId))->sharedEntries.size(), 1);
        auto b = importer.importBytes(second, QStringLiteral("alex-2.cpdteam"));
        QVERIFY2(b, qPrintable(b ? QString() : b.error().message));
        QVERIFY(!b->firstImport);
        QCOMPARE(b->replacedSequence, qint64(1));
        auto all = store.latestSummaries();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().sequence, qint64(2));
        QCOMPARE(all->first().sharedEntries.size(), 0);
        // Replaying the first (older) bundle is refused; so is importing the same one twice.
        expectRefused(manager, first, QStringLiteral("older than the summary of Alex Morgan already imported"));
        expectRefused(manager, second, QStringLiteral("already imported"));
    }
    void tamperedBundlesAreRefused_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("needle");
        QTest::newRow("magic") << 0 << QStringLiteral("not a CPD Journal team bundle");
        QTest::newRow("version") << 9 << QStringLiteral("format");
        QTest::newRow("member id") << 12 << QStringLiteral("signature does not match");
        QTest::newRow("public key") << 50 << QStringLiteral("signature does not match");
        QTest::newRow("length") << 80 << QStringLiteral("truncated");
        QTest::newRow("payload start") << 90 << QStringLiteral("signature does not match");
        QTest::newRow("payload middle") << -200 << QStringLiteral("signature does not match");
        QTest::newRow("signature") << -10 << QStringLiteral("signature does not match");
        QTest::newRow("last byte") << -1 << QStringLiteral("signature does not match");
    }
    void tamperedBundlesAreRefused()
    {
        QFETCH(int, offset);
        QFETCH(QString, needle);
        Member m(QStringLiteral("Alex Morgan"));
        TestJournal manager;
        QVERIFY(TeamBundleImporter(*manager.db, manager.clock).importBytes(m.exportBundle(), QStringLiteral("a")));
        QByteArray bytes = m.exportBundle();
        const int at = offset >= 0 ? offset : int(bytes.size()) + offset;
        bytes[at] = char(bytes[at] ^ 0x01);
        expectRefused(manager, bytes, needle);
        auto s = TeamStore(*manager.db, manager.clock).latestInfo(m.identity.memberId);
        QCOMPARE((*s)->sequence, qint64(1));
    }
    void truncatedAndUnsignedAreRefused()
    {
        Member m(QStringLiteral("Alex Morgan"));
        TestJournal manager;
        const QByteArray bytes = m.exportBundle();
        expectRefused(manager, {}, QStringLiteral("not a CPD Journal team bundle"));
        expectRefused(manager, bytes.left(5), QStringLiteral("not a CPD Journal team bundle"));
        expectRefused(manager, bytes.left(40), QStringLiteral("truncated (it ends inside its header)"));
        expectRefused(manager, bytes.left(bytes.size() / 2), QStringLiteral("truncated (it ends inside its summary"));
        expectRefused(manager, bytes.left(bytes.size() - 64), QStringLiteral("not signed"));
        expectRefused(manager, bytes.left(bytes.size() - 1), QStringLiteral("truncated (it ends inside its signature)"));
        expectRefused(manager, bytes.left(bytes.size() - 64) + QByteArray(64, '\0'), QStringLiteral("not signed"));
        expectRefused(manager, bytes + "x", QStringLiteral("unexpected bytes after its signature"));
        QVERIFY(!TeamStore(*manager.db, manager.clock).member(m.identity.memberId)->has_value());
    }
    void anotherKeyOrAnotherMemberIsRefused()
    {
        Member alex(QStringLiteral("Alex Morgan"));
        TestJournal manager;
        QVERIFY(TeamBundleImporter(*manager.db, manager.clock).importBytes(alex.exportBundle(), QStringLiteral("a")));
        // Someone with their own key claims to be Alex: a valid signature, the wrong key.
        const auto mallory = *Ed25519::generate();
        auto payload = TeamSummary::parse(TeamBundle::read(alex.exportBundle())->payload);
        payload->sequence = 99;
        payload->name = QStringLiteral("Alex Morgan");
        auto forged = TeamBundle::write(alex.identity.memberId, mallory.publicKey, payload->toCanonicalBytes(), mallory.secretKey);
        QVERIFY(forged);
        expectRefused(manager, *forged, QStringLiteral("signed by a different key"));
        // Alex's own key, but the summary inside names another member than the header.
        auto other = *payload;
        other.memberId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto secret = **alex.secrets.read(TeamIdentity::secretKeyName(alex.identity.memberId));
        auto mismatched = TeamBundle::write(alex.identity.memberId, alex.identity.publicKey, other.toCanonicalBytes(), secret);
        QVERIFY(mismatched);
        expectRefused(manager, *mismatched, QStringLiteral("signed for member"));
        // A header member id changed after signing breaks the signature.
        QByteArray changed = alex.exportBundle();
        changed.replace(10, 36, other.memberId.toLatin1());
        expectRefused(manager, changed, QStringLiteral("signature does not match"));
    }
    void exportWithoutKeychainEntrySaysWhatToDo()
    {
        Member m(QStringLiteral("Alex Morgan"));
        QVERIFY(m.secrets.remove(TeamIdentity::secretKeyName(m.identity.memberId)));
        auto b = TeamIdentity(*m.journal.db, m.secrets, m.journal.clock).exportBundle(m.standards, m.catalogue, {});
        QVERIFY(!b);
        QVERIFY2(b.error().message.contains(QLatin1String("keygen --replace")), qPrintable(b.error().message));
    }
    void notesAndSignOff()
    {
        Member m(QStringLiteral("Alex Morgan"));
        TestJournal manager;
        QVERIFY(TeamBundleImporter(*manager.db, manager.clock).importBytes(m.exportBundle(), QStringLiteral("a")));
        TeamStore store(*manager.db, manager.clock);
        QVERIFY(!store.addNote(m.identity.memberId, QStringLiteral("  ")));
        QVERIFY(store.addNote(m.identity.memberId, QStringLiteral("Discussed reflective accounts")));
        QCOMPARE(store.notes(m.identity.memberId)->size(), 1);
        auto s = store.signOff(m.identity.memberId, QStringLiteral("Pat Lead"), QStringLiteral("All in order"));
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->summarySequence, qint64(1));
        QCOMPARE(store.signOffs(m.identity.memberId)->first().signedBy, QStringLiteral("Pat Lead"));
        QVERIFY(!store.signOff(QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("Pat"), {}));
    }
};

QTEST_GUILESS_MAIN(TestTeamBundle)
#include "tst_teambundle.moc"
