// The manager's dashboard for a team of 500 (default) members, each summary holding three years
// of hours by month, topic coverage and requirements, read from signed bundles imported into a
// journal. Prints median and p95 of (read the latest summaries + compute the dashboard) and the
// peak memory. Structured by source: measure() takes any TeamSummarySource, so the PostgreSQL
// source (team-server) adds one call in main().
//
//   bench_team_dashboard [--members N] [--bundles-per-member K] [--runs R] [--no-postgres]
#include "PostgresTeamSource.h"
#include "storage/Database.h"
#include "team/Ed25519.h"
#include "team/TeamBundle.h"
#include "team/TeamBundleImporter.h"
#include "team/TeamDashboard.h"
#include "team/TeamStore.h"
#include "topics/TopicCatalogue.h"
#include "util/FixedClock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace cpd;

namespace {

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

TeamSummary summaryFor(const QString& memberId, int member, int sequence, const QDate& asOf,
                       const TopicCatalogue& catalogue, QRandomGenerator& rng)
{
    TeamSummary s;
    s.memberId = memberId;
    s.name = QStringLiteral("Member %1").arg(member, 3, 10, QLatin1Char('0'));
    const bool doctor = member % 5 == 0;
    s.role = doctor ? QStringLiteral("gp") : QStringLiteral("nurse");
    s.professions = {s.role};
    s.registration = doctor ? QString::number(7000000 + member) : QStringLiteral("%1A%2E").arg(10 + member % 80).arg(1000 + member);
    s.registrationBody = doctor ? QStringLiteral("gmc") : QStringLiteral("nmc");
    s.asOf = asOf;
    s.generatedAt = QDateTime(asOf, QTime(9, 0), Qt::UTC);
    s.sequence = sequence;
    TeamSummary::StandardProgress sp;
    sp.id = doctor ? QStringLiteral("gp") : QStringLiteral("nmc");
    sp.applicationDate = asOf.addDays(int(rng.bounded(-60, 1000)));
    sp.periodStart = sp.applicationDate.addYears(-3);
    sp.periodEnd = sp.applicationDate;
    const QStringList ids = doctor ? QStringList{QStringLiteral("cpd-credits"), QStringLiteral("quality-improvement"),
                                                 QStringLiteral("significant-events"), QStringLiteral("feedback")}
                                   : QStringList{QStringLiteral("practice-hours"), QStringLiteral("cpd-hours"),
                                                 QStringLiteral("participatory-hours"), QStringLiteral("feedback"),
                                                 QStringLiteral("reflective-accounts"), QStringLiteral("reflective-discussion")};
    for (const QString& id : ids) {
        const double required = id.endsWith(QLatin1String("hours")) ? 35 : 5;
        const double achieved = double(rng.bounded(int(required * 1.3) + 1));
        sp.requirements << TeamSummary::Requirement{id, id, QStringLiteral("items"), required, achieved,
                                                    achieved >= required, {}};
    }
    s.standards << sp;
    for (int m = 35; m >= 0; --m) {
        const QDate month = QDate(asOf.year(), asOf.month(), 1).addMonths(-m);
        s.hoursByMonth << TeamSummary::Month{month, double(rng.bounded(4)), double(rng.bounded(6))};
    }
    const QList<Topic> topics = catalogue.suggestable();
    for (int t = 0; t < 12 && !topics.isEmpty(); ++t) {
        const Topic& topic = topics.at(int(rng.bounded(int(topics.size()))));
        if (std::any_of(s.topics.cbegin(), s.topics.cend(), [&](const auto& x) { return x.id == topic.id; }))
            continue;
        const int n = 1 + int(rng.bounded(6));
        s.topics << TeamSummary::TopicCount{topic.id, n, double(n * 2), {{QStringLiteral("individual"), n}}};
    }
    std::sort(s.topics.begin(), s.topics.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    s.totalEntries = 120;
    s.totalHours = 140;
    return s;
}

// Reads every latest summary from source and computes the dashboard, runs times.
void measure(const QString& label, TeamSummarySource& source, const TopicCatalogue& catalogue, const QDate& asOf,
             int runs)
{
    QList<double> ms;
    int members = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto summaries = source.latestSummaries();
        if (!summaries) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(summaries.error().message));
            return;
        }
        const TeamDashboard d = TeamDashboard::compute(*summaries, asOf, catalogue, source.description());
        ms << double(t.nsecsElapsed()) / 1e6;
        members = int(d.members.size());
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.at(ms.size() / 2);
    const double p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(std::ceil(ms.size() * 0.95)) - 1));
    std::printf("%-28s members %4d  runs %3d  median %8.2f ms  p95 %8.2f ms  (goal < 200 ms)\n", qPrintable(label),
                members, runs, median, p95);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int members = argValue(args, QStringLiteral("--members"), 500);
    const int perMember = argValue(args, QStringLiteral("--bundles-per-member"), 3);
    const int runs = argValue(args, QStringLiteral("--runs"), 30);
    const QDate asOf(2026, 3, 14);
    const TopicCatalogue catalogue = TopicCatalogue::builtIn();

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("manager.cpdj")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    FixedClock clock(QDateTime(asOf, QTime(12, 0), Qt::UTC));
    QRandomGenerator rng(7);
    QElapsedTimer importTimer;
    qint64 importNs = 0;
    int imported = 0;
    TeamBundleImporter importer(**db, clock);
    for (int m = 0; m < members; ++m) {
        const auto keys = *Ed25519::generate();
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        // Oldest first: each later bundle replaces the one before (a year apart).
        for (int k = 0; k < perMember; ++k) {
            const QDate day = asOf.addYears(k - perMember + 1);
            const TeamSummary s = summaryFor(id, m, k + 1, day, catalogue, rng);
            auto bytes = TeamBundle::write(id, keys.publicKey, s.toCanonicalBytes(), keys.secretKey);
            importTimer.start();
            auto ok = importer.importBytes(*bytes, QStringLiteral("member-%1-%2").arg(m).arg(k));
            importNs += importTimer.nsecsElapsed();
            if (!ok) {
                std::fprintf(stderr, "%s\n", qPrintable(ok.error().message));
                return 1;
            }
            ++imported;
        }
    }
    std::printf("imported %d bundles (%d members x %d) in %.1f ms (%.2f ms per bundle)\n", imported, members,
                perMember, double(importNs) / 1e6, double(importNs) / 1e6 / std::max(1, imported));

    TeamStore imported_(**db, clock);
    measure(QStringLiteral("imported bundles (SQLite)"), imported_, catalogue, asOf, runs);
    // The same summaries from PostgreSQL (team-server), as the manager's login; --no-postgres skips it.
    if (!args.contains(QStringLiteral("--no-postgres"))) {
        QStringList ids;
        for (int m = 0; m < members; ++m)
            ids << QUuid::createUuid().toString(QUuid::WithoutBraces);
        QRandomGenerator pgRng(7);
        bench::PostgresTeamSource pg;
        auto server = pg.start(members, perMember, [&](int m, int k) {
            return summaryFor(ids.at(m), m, k, asOf.addYears(k - perMember + 1), catalogue, pgRng);
        });
        if (server)
            measure(QStringLiteral("PostgreSQL (QPSQL, RLS)"), **server, catalogue, asOf, runs);
        else
            std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(server.error().message));
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
