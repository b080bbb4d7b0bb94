// Measures All Our Health topic coverage on an existing journal file and prints one JSON object:
//   bench_topic_coverage JOURNAL [--runs N]
// The first run opens a cold statement cache (the page cache is whatever the machine has); the
// figures are over N further runs, for all time and for the last 12 and 36 months before the
// newest entry. The figure: under 200 ms over 100,000 entries.
#include "storage/Database.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicCoverage.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

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

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        err << "usage: bench_topic_coverage JOURNAL [--runs N]\n";
        return 2;
    }
    int runs = 10;
    if (const auto at = args.indexOf(QStringLiteral("--runs")); at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());

    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(args.at(1));
    if (!db) {
        err << "cannot open " << args.at(1) << ": " << db.error().message << '\n';
        return 1;
    }
    const double openMs = openTimer.nsecsElapsed() / 1e6;
    const TopicCatalogue catalogue = TopicCatalogue::builtIn();
    TopicCoverage coverage(**db, catalogue);

    QSqlQuery newest((*db)->connection());
    newest.exec(QStringLiteral("SELECT max(date) FROM entries WHERE deleted_at IS NULL"));
    const QDate last = newest.next() ? QDate::fromString(newest.value(0).toString(), Qt::ISODate) : QDate();

    int entries = 0;
    int mapped = 0;
    QString failure;
    auto measure = [&](QDate from, QDate to) {
        QList<double> ms;
        for (int i = 0; i <= runs; ++i) {
            QElapsedTimer t;
            t.start();
            const auto report = coverage.compute(from, to);
            const double took = t.nsecsElapsed() / 1e6;
            if (!report) {
                failure = report.error().message;
                return QJsonObject{};
            }
            if (!from.isValid()) {
                entries = report->entries;
                mapped = report->entriesWithTopics;
            }
            if (i == 0)
                continue; // the first run prepares the statement
            ms << took;
        }
        return stats(ms);
    };

    QJsonObject out;
    out.insert(QStringLiteral("journal"), args.at(1));
    out.insert(QStringLiteral("open_ms"), openMs);
    out.insert(QStringLiteral("all_time"), measure({}, {}));
    if (last.isValid()) {
        out.insert(QStringLiteral("last_12_months"), measure(last.addYears(-1).addDays(1), last));
        out.insert(QStringLiteral("last_36_months"), measure(last.addYears(-3).addDays(1), last));
    }
    if (!failure.isEmpty()) {
        err << "coverage failed: " << failure << '\n';
        return 1;
    }
    out.insert(QStringLiteral("entries"), entries);
    out.insert(QStringLiteral("entries_with_topics"), mapped);
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}
