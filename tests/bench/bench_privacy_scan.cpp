// Measures the confidentiality scanner's throughput and prints one JSON object:
//   bench_privacy_scan [--mb N] [--runs N]
// The text is the labelled set's sentences (tests/privacy/data/sentences.json), one with
// identifiers for every four clean ones, repeated to N MB (UTF-8); the figure is the best run.
#include "privacy/ConfidentialityScanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <time.h>

using namespace cpd;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QStringList sentences(const QJsonObject& set, const QString& part)
{
    QStringList out;
    const QJsonArray array = set.value(part).toArray();
    for (const QJsonValue& v : array)
        out << v.toObject().value(QStringLiteral("text")).toString();
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto intArg = [&](const QString& name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int mb = std::max(1, intArg(QStringLiteral("--mb"), 32));
    const int runs = std::max(1, intArg(QStringLiteral("--runs"), 3));

    QFile file(QStringLiteral(CPD_SOURCE_DIR "/tests/privacy/data/sentences.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the labelled set");
    const QJsonObject set = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList withIds = sentences(set, QStringLiteral("with_identifiers"));
    const QStringList clean = sentences(set, QStringLiteral("clean"));

    QString text;
    qsizetype utf8 = 0;
    const qsizetype target = qsizetype(mb) * 1024 * 1024;
    for (qsizetype k = 0; utf8 < target; ++k) {
        const QString& s = (k % 5 == 4) ? withIds.at((k / 5) % withIds.size()) : clean.at(k % clean.size());
        text += s;
        text += (k % 7 == 6) ? QStringLiteral("\n\n") : QStringLiteral(" ");
        utf8 += s.toUtf8().size() + 1;
    }
    utf8 = text.toUtf8().size();

    const ConfidentialityScanner scanner;
    double best = 1e18;
    double bestCpu = 1e18;
    qsizetype findings = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        const double cpu0 = cpuMs();
        timer.start();
        findings = scanner.scan(text).size();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        bestCpu = std::min(bestCpu, cpuMs() - cpu0);
    }
    const double megabytes = double(utf8) / (1024.0 * 1024.0);
    QTextStream(stdout) << QJsonDocument(QJsonObject{{QStringLiteral("utf8_bytes"), double(utf8)},
                                                     {QStringLiteral("runs"), runs},
                                                     {QStringLiteral("best_ms"), best},
                                                     {QStringLiteral("best_cpu_ms"), bestCpu},
                                                     {QStringLiteral("mb_per_s"), megabytes / (best / 1000.0)},
                                                     {QStringLiteral("mb_per_s_cpu"), megabytes / (bestCpu / 1000.0)},
                                                     {QStringLiteral("findings"), double(findings)}})
                               .toJson(QJsonDocument::Indented);
    return 0;
}
