// Measures the journal's core operations on an existing journal file and prints one JSON object:
//   bench_journal JOURNAL [--runs N]
// search: one word, a phrase, a prefix, three words (p50/p95 over N runs each, the 20 best hits
// with snippets, as the window asks); save: adding one entry and updating it (each with its FTS
// row and topic links); count and first page of the list; the revalidation status of each
// standard the profile has; peak memory of this process.
#include "journal/EntryRepository.h"
#include "search/EntrySearch.h"
#include "standards/ProfileRepository.h"
#include "standards/RevalidationService.h"
#include "standards/StandardRegistry.h"
#include "storage/Database.h"
#include "util/SystemClock.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace cpd;
using cpd::bench::measure;

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

    // Revalidation status in process (the dashboard's work), for each standard the profile has.
    if (auto profile = ProfileRepository(**db, clock).load(); profile && *profile) {
        const StandardRegistry standards = StandardRegistry::withBuiltIns();
        const RevalidationService service(**db, standards);
        const QDate asOf(2026, 6, 30);
        for (const QString& id : standards.applicableTo(**profile))
            out.insert(QStringLiteral("status_") + id, measure(std::max(3, runs / 5), [&] {
                           if (!service.status(**profile, id, asOf))
                               qFatal("status %s failed", qPrintable(id));
                       }));
    }

    bench::print(out);
    return 0;
}
