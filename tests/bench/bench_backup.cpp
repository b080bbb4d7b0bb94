// Measures a backup of an existing journal and prints one JSON object:
//   bench_backup JOURNAL [--runs N]
// backup: VACUUM INTO a temporary name, self-contained, integrity_check, fsync, rename (what
// BackupWriter::write does); encrypt: Argon2id (the default parameters) and secretstream over
// that backup; decrypt: the same back; check: BackupChecker alone. Each median/p95 over N runs
// (wall and this process's CPU time), the sizes, and the peak memory of this process.
#include "backup/BackupChecker.h"
#include "backup/BackupWriter.h"
#include "crypto/FileCrypto.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

using namespace cpd;

namespace {

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QJsonObject stats(QList<double> ms, QList<double> cpu)
{
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    auto pct = [](const QList<double>& v, double p) { return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))); };
    return QJsonObject{{QStringLiteral("runs"), ms.size()},        {QStringLiteral("median_ms"), pct(ms, 0.5)},
                       {QStringLiteral("p95_ms"), pct(ms, 0.95)},  {QStringLiteral("cpu_median_ms"), pct(cpu, 0.5)},
                       {QStringLiteral("min_ms"), ms.first()},     {QStringLiteral("max_ms"), ms.last()}};
}

template <class F>
QJsonObject measure(int runs, F&& work)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work(i);
        ms << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
    }
    return stats(ms, cpu);
}

[[noreturn]] void die(const QString& message)
{
    QTextStream(stderr) << "bench_backup: " << message << Qt::endl;
    std::exit(1);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2)
        die(QStringLiteral("usage: bench_backup JOURNAL [--runs N]"));
    const int runs = args.indexOf(QStringLiteral("--runs")) > 0 ? args.value(args.indexOf(QStringLiteral("--runs")) + 1).toInt() : 5;
    QTemporaryDir dir(QFileInfo(args.at(1)).absolutePath() + QStringLiteral("/bench-backup-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    // Read-only, as it is: opening through Database would upgrade an older bench journal.
    QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    source.setDatabaseName(QFileInfo(args.at(1)).absoluteFilePath());
    source.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!source.open())
        die(source.lastError().text());
    const QString backup = dir.filePath(QStringLiteral("b.cpdj"));
    int entries = 0;
    const QJsonObject backupTimes = measure(runs, [&](int) {
        auto made = BackupWriter::write(source, backup);
        if (!made)
            die(made.error().message);
        entries = made->entries;
    });
    const QJsonObject checkTimes = measure(runs, [&](int) {
        if (!BackupChecker::check(backup))
            die(QStringLiteral("check failed"));
    });
    const QString enc = dir.filePath(QStringLiteral("b.cpdj.enc"));
    const QJsonObject encryptTimes = measure(runs, [&](int) {
        if (auto ok = FileCrypto::encryptFile(backup, enc, "bench passphrase"); !ok)
            die(ok.error().message);
    });
    const QString back = dir.filePath(QStringLiteral("back.cpdj"));
    const QJsonObject decryptTimes = measure(runs, [&](int) {
        if (auto ok = FileCrypto::decryptFile(enc, back, "bench passphrase"); !ok)
            die(ok.error().message);
    });
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject out{{QStringLiteral("journal"), args.at(1)},
                          {QStringLiteral("entries"), entries},
                          {QStringLiteral("journal_bytes"), QFileInfo(args.at(1)).size()},
                          {QStringLiteral("backup_bytes"), QFileInfo(backup).size()},
                          {QStringLiteral("encrypted_bytes"), QFileInfo(enc).size()},
                          {QStringLiteral("backup"), backupTimes},
                          {QStringLiteral("check"), checkTimes},
                          {QStringLiteral("encrypt"), encryptTimes},
                          {QStringLiteral("decrypt"), decryptTimes},
                          {QStringLiteral("peak_rss_mb"), double(usage.ru_maxrss) / 1024.0}};
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
