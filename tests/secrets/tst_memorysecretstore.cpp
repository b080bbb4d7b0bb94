#include "secrets/MemorySecretStore.h"

#include <QTest>

using namespace cpd;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT
private slots:
    void writeReadRemove()
    {
        MemorySecretStore store;
        auto missing = store.read(QStringLiteral("a"));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
        QVERIFY(store.write(QStringLiteral("a"), QByteArray("\x00\x01secret", 8)));
        auto got = store.read(QStringLiteral("a"));
        QVERIFY(got && got->has_value());
        QCOMPARE(**got, QByteArray("\x00\x01secret", 8));
        QVERIFY(store.remove(QStringLiteral("a")));
        QVERIFY(store.remove(QStringLiteral("a"))); // not there: still fine
        QVERIFY(!store.read(QStringLiteral("a"))->has_value());
    }
    void failNextFailsOnce()
    {
        MemorySecretStore store;
        store.failNext(QStringLiteral("the keyring is locked"));
        auto w = store.write(QStringLiteral("k"), "v");
        QVERIFY(!w);
        QCOMPARE(w.error().message, QStringLiteral("the keyring is locked"));
        QVERIFY(store.secrets().isEmpty());
        QVERIFY(store.write(QStringLiteral("k"), "v"));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
