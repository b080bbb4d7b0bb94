// Imports a generated X/Twitter archive of N tweets (default 50,000) into a fresh journal and
// prints the time and peak memory of the import alone. A program that prints figures, not a test.
//   bench_twitter_import [--tweets N] [--keep DIR] [--json]   (--keep leaves archive.zip for the CLI)
#include "../evidence/ArchiveSamples.h"
#include "../evidence/ZipBuilder.h"

#include "importers/TwitterArchiveImporter.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <malloc.h>

namespace {

qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int n = 50000;
    if (const qsizetype i = args.indexOf(QStringLiteral("--tweets")); i > 0)
        n = args.value(i + 1).toInt();
    QTemporaryDir tmp;
    QString dir = tmp.path();
    if (const qsizetype i = args.indexOf(QStringLiteral("--keep")); i > 0)
        dir = args.value(i + 1);
    const QString zip = dir + QStringLiteral("/archive.zip");
    QTextStream out(stdout);

    {
        // Two parts, as large archives come; realistic text, hashtags, links and mentions.
        const QStringList tags = {QStringLiteral("wenurses"), QStringLiteral("AllOurHealth"), QStringLiteral("sepsis"),
                                  QStringLiteral("WeLearn"), QStringLiteral("diabetes")};
        const QDateTime start(QDate(2019, 1, 1), QTime(19, 0), Qt::UTC);
        QJsonArray parts[2];
        for (int i = 0; i < n; ++i) {
            const QString id = QString::number(1100000000000000000LL + i);
            parts[i % 2].append(cpd::test::tweet(
                id, start.addSecs(qint64(i) * 1800),
                QStringLiteral("Tweet %1 about learning from practice: reflecting on a shift, a guideline and a "
                               "conversation with colleagues #%2")
                    .arg(i)
                    .arg(tags.at(i % tags.size())),
                {tags.at(i % tags.size())}, i % 7 == 0 ? QString::number(1100000000000000000LL + i - 1) : QString()));
        }
        if (!cpd::test::writeZip(zip, {{QStringLiteral("data/account.js"), cpd::test::account(QStringLiteral("bench_nurse"))},
                                       {QStringLiteral("data/tweets.js"), cpd::test::ytd("tweets", 0, parts[0])},
                                       {QStringLiteral("data/tweets-part1.js"), cpd::test::ytd("tweets", 1, parts[1])}})) {
            out << "could not write the archive\n";
            return 1;
        }
    }
    malloc_trim(0);
    // Reset the peak so that it measures the import alone (Linux: clear_refs 5 resets VmHWM).
    {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
    }
    const qint64 baseKb = statusKb("VmRSS:");

    auto db = cpd::Database::open(dir + QStringLiteral("/bench.cpdj"));
    if (!db) {
        out << db.error().message << '\n';
        return 1;
    }
    cpd::SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto summary = cpd::TwitterArchiveImporter::import(**db, clock, zip, {});
    const qint64 ms = timer.elapsed();
    if (!summary) {
        out << summary.error().message << '\n';
        return 1;
    }
    const qint64 peakKb = statusKb("VmHWM:");
    if (args.contains(QStringLiteral("--json"))) {
        out << QJsonDocument(QJsonObject{{QStringLiteral("tweets"), n},
                                         {QStringLiteral("imported"), double(summary->imported)},
                                         {QStringLiteral("archive_kib"), double(QFileInfo(zip).size() / 1024)},
                                         {QStringLiteral("import_ms"), double(ms)},
                                         {QStringLiteral("import_peak_rss_mb"), double(peakKb) / 1024.0},
                                         {QStringLiteral("rss_before_mb"), double(baseKb) / 1024.0}})
                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "tweets in archive:   " << n << '\n'
        << "archive size:        " << QFileInfo(zip).size() / 1024 << " KiB\n"
        << "imported:            " << summary->imported << " (duplicates " << summary->duplicates << ")\n"
        << "import time:         " << ms << " ms  (target < 5000 ms)\n"
        << "peak RSS:            " << peakKb / 1024 << " MiB  (target < 300 MiB; " << baseKb / 1024
        << " MiB before the import)\n";
    out.flush();
    return (ms < 5000 && peakKb < 300 * 1024) ? 0 : 1;
}
