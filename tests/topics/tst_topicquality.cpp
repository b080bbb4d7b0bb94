// Suggestion quality on labelled reflections: hit@3 (a right topic among the first three) and
// precision@1 (the first is right). The tuning set's thresholds are asserted; the held-out set,
// written before any tuning, is printed so regressions and over-fitting show.
#include "topics/TopicCatalogue.h"
#include "topics/TopicSuggester.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace cpd;

namespace {

struct Figures
{
    int cases = 0;
    double hitAt3 = 0;
    double precisionAt1 = 0;
};

Figures evaluate(const TopicSuggester& suggester, const QString& file, bool verbose)
{
    QFile f(QStringLiteral(CPD_SOURCE_DIR "/tests/topics/data/") + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
    Figures fig;
    int hits = 0, firsts = 0;
    for (const QJsonValue& v : cases) {
        const QJsonObject c = v.toObject();
        QStringList expected;
        for (const QJsonValue& t : c.value(QStringLiteral("topics")).toArray())
            expected.append(t.toString());
        const auto got = suggester.suggest(c.value(QStringLiteral("text")).toString(), 3);
        bool hit = false;
        for (const TopicSuggestion& s : got)
            hit = hit || expected.contains(s.id);
        const bool first = !got.isEmpty() && expected.contains(got.first().id);
        hits += hit;
        firsts += first;
        ++fig.cases;
        if (verbose && !first) {
            QStringList ids;
            for (const TopicSuggestion& s : got)
                ids << QStringLiteral("%1 %2 [%3]").arg(s.id).arg(s.score, 0, 'f', 1).arg(s.matched.join(QLatin1Char(',')));
            qInfo().noquote() << (hit ? "  top3" : "  MISS") << expected.join(QLatin1Char('+')) << "->" << ids.join(QLatin1String(" | "));
        }
    }
    fig.hitAt3 = double(hits) / fig.cases;
    fig.precisionAt1 = double(firsts) / fig.cases;
    return fig;
}

} // namespace

class TestTopicQuality : public QObject
{
    Q_OBJECT

private slots:
    void tuningSet()
    {
        TopicSuggester suggester(TopicCatalogue::builtIn());
        const Figures fig = evaluate(suggester, QStringLiteral("tuning.json"), qEnvironmentVariableIsSet("CPD_TOPICS_VERBOSE"));
        qInfo("tuning set (%d reflections): hit@3 = %.2f, precision@1 = %.2f", fig.cases, fig.hitAt3, fig.precisionAt1);
        QVERIFY(fig.cases >= 60);
        QVERIFY2(fig.hitAt3 >= 0.90, "hit@3 on the tuning set fell below 0.90");
        QVERIFY2(fig.precisionAt1 >= 0.80, "precision@1 on the tuning set fell below 0.80");
    }

    void heldOutSet()
    {
        TopicSuggester suggester(TopicCatalogue::builtIn());
        const Figures fig = evaluate(suggester, QStringLiteral("heldout.json"), qEnvironmentVariableIsSet("CPD_TOPICS_VERBOSE"));
        qInfo("held-out set (%d reflections): hit@3 = %.2f, precision@1 = %.2f (goal 0.85 / 0.70)",
              fig.cases, fig.hitAt3, fig.precisionAt1);
        QVERIFY(fig.cases >= 20);
    }

    // Written after the catalogue's vocabulary was enriched and never used to tune it: the
    // fairest estimate of how the suggester does on text it has not seen.
    void freshHeldOutSet()
    {
        TopicSuggester suggester(TopicCatalogue::builtIn());
        const Figures fig = evaluate(suggester, QStringLiteral("heldout-fresh.json"), qEnvironmentVariableIsSet("CPD_TOPICS_VERBOSE"));
        qInfo("fresh held-out set (%d reflections): hit@3 = %.2f, precision@1 = %.2f (goal 0.85 / 0.70)",
              fig.cases, fig.hitAt3, fig.precisionAt1);
        QVERIFY(fig.cases >= 20);
    }

    // Written blind (without seeing the catalogue's vocabulary or the other sets): printed only.
    void blindHeldOutSet()
    {
        TopicSuggester suggester(TopicCatalogue::builtIn());
        const Figures fig = evaluate(suggester, QStringLiteral("heldout-blind.json"), qEnvironmentVariableIsSet("CPD_TOPICS_VERBOSE"));
        qInfo("blind held-out set (%d reflections): hit@3 = %.2f, precision@1 = %.2f",
              fig.cases, fig.hitAt3, fig.precisionAt1);
    }

    void speedOfALongReflection()
    {
        TopicSuggester suggester(TopicCatalogue::builtIn());
        QFile f(QStringLiteral(CPD_SOURCE_DIR "/tests/topics/data/tuning.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text;
        const QJsonArray cases = QJsonDocument::fromJson(f.readAll()).array();
        for (qsizetype i = 0; text.split(QLatin1Char(' ')).size() < 2000; ++i)
            text += cases.at(i % cases.size()).toObject().value(QStringLiteral("text")).toString() + QLatin1Char('\n');
        const qsizetype words = text.split(QLatin1Char(' ')).size();
        suggester.suggest(text); // warm up
        // The best of several runs: the machine may be busy with other work.
        double ms = 1e9;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(!suggester.suggest(text).isEmpty());
            ms = std::min(ms, double(timer.nsecsElapsed()) / 1e6);
        }
        qInfo("suggesting topics for a %lld-word reflection: %.2f ms", qlonglong(words), ms);
        // The 5 ms goal is bench_topic_suggest's to measure, not a timed assertion here.
    }
};

QTEST_GUILESS_MAIN(TestTopicQuality)
#include "tst_topicquality.moc"
