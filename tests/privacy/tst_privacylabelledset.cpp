// The scanner against a labelled set of sentences written like CPD reflections and case notes
// (tests/privacy/data/sentences.json): half hold identifiers of every kind, half are clean but
// tricky. Prints recall and false positives per kind, and holds the scanner to the goal:
// recall >= 0.95 and at most 1 false positive per 20 clean sentences.
#include "privacy/ConfidentialityScanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace cpd;

class TestPrivacyLabelledSet : public QObject
{
    Q_OBJECT

private slots:
    void recallAndFalsePositives()
    {
        QFile file(QStringLiteral(CPD_SOURCE_DIR "/tests/privacy/data/sentences.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject set = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonArray withIds = set.value(QStringLiteral("with_identifiers")).toArray();
        const QJsonArray clean = set.value(QStringLiteral("clean")).toArray();
        QVERIFY2(withIds.size() + clean.size() >= 100, "the set holds at least 100 sentences");
        QVERIFY2(withIds.size() * 2 >= withIds.size() + clean.size() - 2, "about half hold identifiers");

        const ConfidentialityScanner scanner;
        QMap<QString, int> expected, hit, falsePositives, cleanFalsePositives;
        int cleanSentencesWithFindings = 0;
        auto run = [&](const QJsonArray& part, bool isClean) {
            for (const QJsonValue& v : part) {
                const QJsonObject o = v.toObject();
                const QString text = o.value(QStringLiteral("text")).toString();
                QSet<QString> want;
                const QJsonArray ids = o.value(QStringLiteral("identifiers")).toArray();
                for (const QJsonValue& id : ids) {
                    const QString kind = id.toObject().value(QStringLiteral("kind")).toString();
                    QVERIFY2(ConfidentialityScanner::kinds().contains(kind), qPrintable(kind));
                    want.insert(kind + QLatin1Char('\n') + id.toObject().value(QStringLiteral("text")).toString());
                    ++expected[kind];
                }
                QVERIFY2(isClean == ids.isEmpty(), qPrintable(text));
                const QList<Finding> findings = scanner.scan(text);
                bool any = false;
                for (const Finding& f : findings) {
                    QCOMPARE(text.mid(f.start, f.end - f.start), f.text);
                    if (want.remove(f.kind + QLatin1Char('\n') + f.text)) {
                        ++hit[f.kind];
                    } else {
                        ++falsePositives[f.kind];
                        if (isClean)
                            ++cleanFalsePositives[f.kind];
                        any = true;
                        qInfo().noquote() << "false positive" << f.kind << f.text << "in:" << text;
                    }
                }
                for (const QString& missed : std::as_const(want))
                    qInfo().noquote() << "missed" << QString(missed).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "in:" << text;
                if (isClean && any)
                    ++cleanSentencesWithFindings;
            }
        };
        run(withIds, false);
        run(clean, true);

        int allExpected = 0, allHit = 0, allFalse = 0, allCleanFalse = 0;
        const double per20 = double(clean.size()) / 20.0;
        qInfo().noquote() << QStringLiteral("%1 sentences with identifiers, %2 clean").arg(withIds.size()).arg(clean.size());
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5").arg(QStringLiteral("kind"), -14).arg(QStringLiteral("found"), 9)
                                 .arg(QStringLiteral("recall"), 7).arg(QStringLiteral("false+"), 7).arg(QStringLiteral("per 20 clean"), 13);
        const QStringList kinds = ConfidentialityScanner::kinds();
        for (const QString& kind : kinds) {
            const int e = expected.value(kind), h = hit.value(kind), fp = falsePositives.value(kind);
            allExpected += e;
            allHit += h;
            allFalse += fp;
            allCleanFalse += cleanFalsePositives.value(kind);
            qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                                     .arg(kind, -14)
                                     .arg(QStringLiteral("%1/%2").arg(h).arg(e), 9)
                                     .arg(e ? double(h) / e : 1.0, 7, 'f', 3)
                                     .arg(fp, 7)
                                     .arg(cleanFalsePositives.value(kind) / per20, 13, 'f', 2);
            QVERIFY2(e >= 5, qPrintable(QStringLiteral("at least 5 labelled %1 identifiers").arg(kind)));
            QVERIFY2(double(h) / e >= 0.95, qPrintable(QStringLiteral("recall for %1 is %2/%3").arg(kind).arg(h).arg(e)));
        }
        qInfo().noquote() << QStringLiteral("%1 %2 %3 %4 %5")
                                 .arg(QStringLiteral("overall"), -14)
                                 .arg(QStringLiteral("%1/%2").arg(allHit).arg(allExpected), 9)
                                 .arg(double(allHit) / allExpected, 7, 'f', 3)
                                 .arg(allFalse, 7)
                                 .arg(allCleanFalse / per20, 13, 'f', 2);
        QVERIFY(double(allHit) / allExpected >= 0.95);
        QVERIFY2(allCleanFalse / per20 <= 1.0, "at most 1 false positive per 20 clean sentences");
        QVERIFY(cleanSentencesWithFindings <= allCleanFalse);
    }
};

QTEST_GUILESS_MAIN(TestPrivacyLabelledSet)
#include "tst_privacylabelledset.moc"
