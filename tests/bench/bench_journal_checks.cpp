// Times the checks a journal meets when it is opened, on a copy of an existing journal file:
//   bench_journal_checks JOURNAL [--runs N]
// inspect: the header and size check before every open; open: JournalOpener::open (the lock, the
// schema read, no upgrade); deep: quick_check plus reading the whole search index, which the
// window runs in the background after it shows. Prints one JSON object (median, p95 in ms) and
// peak memory.
#include "storage/JournalHealth.h"
#include "storage/JournalOpener.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace cpd;

namespace {

QJsonObject timed(int runs, const std::function<void()>& work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const auto pct = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * (ms.size() - 1) + 0.5))); };
    return {{QStringLiteral("runs"), runs}, {QStringLiteral("median_ms"), pct(0.5)}, {QStringLiteral("p95_ms"), pct(0.95)}};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_journal_checks JOURNAL [--runs N]\n";
        return 2;
    }
    const int runs = args.contains(QStringLiteral("--runs")) ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.cpdj"));
    if (!QFile::copy(args.at(1), path)) {
        QTextStream(stderr) << "cannot copy " << args.at(1) << "\n";
        return 1;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool healthy = true;
    // Once untimed: an older journal is upgraded (and backed up first) on its first open.
    if (auto first = JournalOpener::open(path); !first) {
        QTextStream(stderr) << first.error().message << "\n";
        return 1;
    }
    const QJsonObject inspect = timed(runs * 20, [&] { healthy &= JournalHealth::inspect(path).healthy(); });
    const QJsonObject open = timed(runs, [&] { healthy &= JournalOpener::open(path).has_value(); });
    const QJsonObject deep = timed(runs, [&] { healthy &= JournalHealth::deepCheck(path).healthy(); });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject out{{QStringLiteral("journal"), args.at(1)},
                          {QStringLiteral("bytes"), QFile(path).size()},
                          {QStringLiteral("healthy"), healthy},
                          {QStringLiteral("inspect"), inspect},
                          {QStringLiteral("open"), open},
                          {QStringLiteral("deep_check"), deep},
                          {QStringLiteral("peak_rss_mb"), double(usage.ru_maxrss) / 1024.0}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return healthy ? 0 : 1;
}
