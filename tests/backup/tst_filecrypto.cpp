// Encryption of backups and exports: round trips of every size around the chunk boundary, and a
// clear error with nothing written for a wrong passphrase, tampering, truncation and bad magic.
#include "crypto/FileCrypto.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cpd;

namespace {

const FileCrypto::Params kFast = FileCrypto::Params::fastForTests(); // 4096-byte chunks
const QByteArray kPass = "correct horse battery staple";

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

QByteArray sealed(const QByteArray& plain)
{
    auto s = FileCrypto::encryptBytes(plain, kPass, kFast);
    if (!s)
        qFatal("encrypt failed: %s", qPrintable(s.error().message));
    return *s;
}

} // namespace

class TestFileCrypto : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {0, 1, 4095, 4096, 4097, 3 * 4096 + 5, 100000})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }
    void roundTrip()
    {
        QFETCH(int, size);
        const QByteArray plain = randomBytes(size);
        const QByteArray cipher = sealed(plain);
        QVERIFY(FileCrypto::isEncrypted(cipher));
        QVERIFY(!cipher.contains(plain.left(64)) || size < 16);
        const int chunks = size == 0 ? 1 : (size + 4095) / 4096;
        QCOMPARE(cipher.size(), FileCrypto::kHeaderSize + size + chunks * 17);
        auto back = FileCrypto::decryptBytes(cipher, kPass, QStringLiteral("x"));
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(*back, plain);
    }

    void sameInputDiffersEachTime()
    {
        const QByteArray plain = randomBytes(1000);
        QVERIFY(sealed(plain) != sealed(plain)); // fresh salt and stream header
    }

    void wrongPassphrase()
    {
        const QByteArray cipher = sealed(randomBytes(10000));
        auto back = FileCrypto::decryptBytes(cipher, "Correct horse battery staple", QStringLiteral("b.enc"));
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(QLatin1String("passphrase is wrong")), qPrintable(back.error().message));
        QVERIFY(back.error().message.contains(QLatin1String("b.enc")));
    }

    void emptyPassphraseRefused()
    {
        QVERIFY(!FileCrypto::encryptBytes("data", QByteArray(), kFast));
        QVERIFY(!FileCrypto::decryptBytes(sealed("data"), QByteArray(), QStringLiteral("x")));
    }

    void tampering_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("expected");
        QTest::newRow("magic") << 0 << QStringLiteral("not a file encrypted");
        QTest::newRow("version") << 8 << QStringLiteral("newer version");
        QTest::newRow("chunk size") << 15 << QStringLiteral("header was changed");
        QTest::newRow("opslimit") << 16 << QStringLiteral("header was changed");
        QTest::newRow("salt") << 40 << QStringLiteral("passphrase is wrong");
        QTest::newRow("key check") << 50 << QStringLiteral("passphrase is wrong");
        QTest::newRow("stream header") << 70 << QStringLiteral("block 1 fails");
        QTest::newRow("first block") << 88 + 100 << QStringLiteral("block 1 fails");
        QTest::newRow("second block tag") << 88 + 4113 << QStringLiteral("block 2 fails");
        QTest::newRow("middle") << 88 + 2 * 4113 + 4000 << QStringLiteral("block 3 fails");
        QTest::newRow("last byte") << -1 << QStringLiteral("fails its check");
    }
    void tampering()
    {
        QFETCH(int, offset);
        QFETCH(QString, expected);
        QByteArray cipher = sealed(randomBytes(3 * 4096 + 500));
        const int at = offset < 0 ? int(cipher.size()) - 1 : offset;
        cipher[at] = char(cipher[at] ^ 0x01);
        auto back = FileCrypto::decryptBytes(cipher, kPass, QStringLiteral("t.enc"));
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(expected), qPrintable(back.error().message));
    }

    void truncation_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<QString>("expected");
        QTest::newRow("inside magic") << 4 << QStringLiteral("not a file encrypted");
        QTest::newRow("inside header") << 40 << QStringLiteral("ends inside its header");
        QTest::newRow("header only") << 88 << QStringLiteral("ends before its final block");
        QTest::newRow("at a block boundary") << 88 + 2 * 4113 << QStringLiteral("ends before its final block");
        QTest::newRow("inside the last block") << 88 + 3 * 4113 + 10 << QStringLiteral("truncated or damaged");
        QTest::newRow("last byte missing") << -1 << QStringLiteral("truncated or damaged");
    }
    void truncation()
    {
        QFETCH(int, keep);
        QFETCH(QString, expected);
        const QByteArray cipher = sealed(randomBytes(3 * 4096 + 500));
        const QByteArray cut = cipher.left(keep < 0 ? cipher.size() - 1 : keep);
        auto back = FileCrypto::decryptBytes(cut, kPass, QStringLiteral("t.enc"));
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(expected), qPrintable(back.error().message));
    }

    void bytesAfterTheEnd()
    {
        const QByteArray cipher = sealed(randomBytes(5000)) + "x";
        auto back = FileCrypto::decryptBytes(cipher, kPass, QStringLiteral("t.enc"));
        QVERIFY(!back);
        // Inside the short last block the extra byte breaks that block's check.
        QVERIFY2(back.error().message.contains(QLatin1String("damaged")), qPrintable(back.error().message));
    }

    void aWholeExtraBlockAfterTheEnd()
    {
        const QByteArray cipher = sealed(randomBytes(4096)); // one full block, tagged final
        auto back = FileCrypto::decryptBytes(cipher + QByteArray(100, 'x'), kPass, QStringLiteral("t.enc"));
        QVERIFY(!back);
        QVERIFY2(back.error().message.contains(QLatin1String("after its final block")), qPrintable(back.error().message));
    }

    void decryptFileWritesNothingOnError()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("in.enc"));
        const QString out = dir.filePath(QStringLiteral("out.bin"));
        QByteArray cipher = sealed(randomBytes(20000));
        cipher[cipher.size() - 30] = char(cipher[cipher.size() - 30] ^ 0x80); // the last block
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(cipher);
        f.close();
        QVERIFY(!FileCrypto::decryptFile(in, out, kPass));
        QVERIFY(!QFile::exists(out));
        QFile existing(out);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
        existing.close();
        QVERIFY(!FileCrypto::decryptFile(in, out, "wrong"));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep me"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporary left
    }

    void fileRoundTripStreamsWithProgressAndCancel()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("p.bin"));
        const QString enc = dir.filePath(QStringLiteral("p.enc"));
        const QString back = dir.filePath(QStringLiteral("back.bin"));
        const QByteArray data = randomBytes(50000);
        QFile f(plain);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        QList<qint64> seen;
        QVERIFY(FileCrypto::encryptFile(plain, enc, kPass, kFast, [&](qint64 done, qint64 total) {
            seen << done;
            return total == 50000;
        }));
        QCOMPARE(seen.last(), 50000);
        QVERIFY(seen.size() > 10);
        QVERIFY(FileCrypto::isEncryptedFile(enc));
        QVERIFY(FileCrypto::decryptFile(enc, back, kPass));
        QFile b(back);
        QVERIFY(b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), data);
        const QString cancelled = dir.filePath(QStringLiteral("c.enc"));
        auto stopped = FileCrypto::encryptFile(plain, cancelled, kPass, kFast, [](qint64 done, qint64) { return done < 20000; });
        QVERIFY(!stopped);
        QVERIFY(stopped.error().message.contains(QLatin1String("cancelled")));
        QVERIFY(!QFile::exists(cancelled));
    }
};

QTEST_GUILESS_MAIN(TestFileCrypto)
#include "tst_filecrypto.moc"
