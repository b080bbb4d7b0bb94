#pragma once
// What every benchmark program shares: wall and CPU timing, the statistics `make bench` prints
// (median, p95, min, max), this process's peak memory, and one JSON object on stdout.
// Header-only: each benchmark is one small program.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

namespace cpd::bench {

inline double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

inline double percentile(QList<double> sorted, double p)
{
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5)));
}

// Median, p95, min and max of times in milliseconds (keys end in _ms, as bench.py reads them).
inline QJsonObject stats(QList<double> ms)
{
    if (ms.isEmpty())
        return {};
    std::sort(ms.begin(), ms.end());
    return QJsonObject{{QStringLiteral("runs"), ms.size()},
                       {QStringLiteral("median_ms"), percentile(ms, 0.5)},
                       {QStringLiteral("p95_ms"), percentile(ms, 0.95)},
                       {QStringLiteral("min_ms"), ms.first()},
                       {QStringLiteral("max_ms"), ms.last()}};
}

// Runs work once to warm caches, then runs times; wall time and this process's CPU time, which
// a busy machine inflates far less.
template <class F>
QJsonObject measure(int runs, F&& work)
{
    QList<double> ms;
    QList<double> cpu;
    work();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
        cpu << cpuMs() - c0;
    }
    QJsonObject out = stats(ms);
    std::sort(cpu.begin(), cpu.end());
    out.insert(QStringLiteral("cpu_median_ms"), cpu.at(cpu.size() / 2));
    return out;
}

inline double peakRssMb()
{
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Prints out, with this process's peak memory added, as the program's only stdout.
inline void print(QJsonObject out)
{
    out.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
}

} // namespace cpd::bench
