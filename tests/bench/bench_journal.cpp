// Measures the journal's core operations on an existing journal file and prints one JSON object:
//   bench_journal JOURNAL [--runs N]
// search: one word, a phrase, a prefix, three words (p50/p95 over N runs each, the 20 best hits
// with snippets, as the window asks); save: adding one entry and updating it (each with its FTS
// row and topic links); count and first page of the list; peak memory of this process.
#include "journal/EntryRepository.h"
#include "search/EntrySearch.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>

using namespace cpd;

namespace {

QJsonObject stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * (ms.size() - 1) + 0.5))); };
    return QJsonObject{{QStringLiteral("runs"), ms.size()},
                       {QStringLiteral("median_ms"), pct(0.5)},
                       {QStringLiteral("p95_ms"), pct(0.95)},
                       {QStringLiteral("min_ms"), ms.first()},
                       {QStringLiteral("max_ms"), ms.last()}};
}

double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Wall time, and this process's CPU time, which a busy machine inflates far less.
template <class F>
QJsonObject measure(int runs, F&& work)
{
    QList<double> ms;
    QList<double> cpu;
    work(); // warm the page cache and statement cache once
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        work();
        ms << t.nsecsElapsed() / 1e6;
        cpu << cpuMs() - c0;
    }
    QJsonObject out = stats(ms);
    std::sort(cpu.begin(), cpu.end());
    out.insert(QStringLiteral("cpu_median_ms"), cpu.at(cpu.size() / 2));
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: bench_journal JOURNAL [--runs N]\n";
        return 2;
    }
    int runs = 50;
    if (const auto i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();
    auto db = Database::open(args.at(1));
    if (!db) {
        err << db.error().message << '\n';
        return 1;
    }
    SystemClock clock;
    EntryRepository repo(**db, clock);
    EntrySearch search(**db);
    QJsonObject out;
    out.insert(QStringLiteral("entries"), *repo.count());

    // What clinicians type, and a worst case of three of the commonest words in the journal.
    const QList<std::pair<QString, QString>> queries = {
        {QStringLiteral("one_word"), QStringLiteral("safeguarding")},
        {QStringLiteral("phrase"), QStringLiteral("\"blood pressure\"")},
        {QStringLiteral("prefix"), QStringLiteral("vaccin*")},
        {QStringLiteral("three_words"), QStringLiteral("inhaler technique review")},
        {QStringLiteral("three_common_words"), QStringLiteral("patient practice learning")},
    };
    QJsonObject searchOut;
    for (const auto& [name, query] : queries) {
        int hits = 0;
        QJsonObject s = measure(runs, [&] { hits = int(search.search(query, 20)->size()); });
        s.insert(QStringLiteral("query"), query);
        s.insert(QStringLiteral("sql"), *search.statementFor(query, 20));
        s.insert(QStringLiteral("hits"), hits);
        searchOut.insert(name, s);
    }
    out.insert(QStringLiteral("search"), searchOut);

    out.insert(QStringLiteral("list_count_and_first_page"), measure(runs, [&] {
                   repo.count();
                   repo.summaries({}, 0, 200);
               }));
    out.insert(QStringLiteral("list_last_page"), measure(runs, [&] {
                   const int n = *repo.count();
                   repo.summaries({}, std::max(0, n - 200), 200);
               }));

    auto sample = repo.summaries({}, 0, 1);
    Entry entry = *repo.get(sample->first().id);
    QStringList added;
    out.insert(QStringLiteral("save_new_entry"), measure(runs, [&] {
                   Entry e = entry;
                   e.id.clear();
                   e.created = {};
                   e.updated = {};
                   added << repo.add(e)->id;
               }));
    out.insert(QStringLiteral("save_update_entry"), measure(runs, [&] {
                   Entry e = *repo.get(added.first());
                   e.title += QLatin1Char('.');
                   repo.update(e);
               }));
    for (const QString& id : std::as_const(added)) {
        repo.moveToTrash(id);
        repo.purge(id);
    }

    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out.insert(QStringLiteral("peak_rss_mb"), usage.ru_maxrss / 1024.0);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
