#include "cli/commands/DemoCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "cli/commands/FilterOptions.h"
#include "demo/DemoJournalGenerator.h"
#include "journal/EntryRepository.h"
#include "util/Clock.h"

namespace cpd {

QString DemoCommand::summary() const
{
    return QStringLiteral("Adds N realistic sample entries spread over the three years ending on "
                          "--end (default today); the same seed and end date give the same entries.");
}

int DemoCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.option(QStringLiteral("entries"), QStringLiteral("N"), QStringLiteral("how many entries"))
        .option(QStringLiteral("seed"), QStringLiteral("S"), QStringLiteral("the random seed (default 1)"))
        .option(QStringLiteral("end"), QStringLiteral("DATE"), QStringLiteral("the last day of the three years (default today)"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (!parser.positional().isEmpty())
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(parser.positional().first()), synopsis());
    if (!parser.isSet(QStringLiteral("entries")))
        return context.usageError(QStringLiteral("say how many entries: --entries N"), synopsis());
    auto count = parser.intValue(QStringLiteral("entries"), 0, 1, 10'000'000);
    if (!count)
        return context.usageError(count.error().message, synopsis());
    bool seedOk = true;
    const quint64 seed = parser.isSet(QStringLiteral("seed")) ? parser.value(QStringLiteral("seed")).toULongLong(&seedOk) : 1;
    if (!seedOk)
        return context.usageError(QStringLiteral("--seed takes a whole number"), synopsis());
    auto end = FilterOptions::date(parser, QStringLiteral("end"));
    if (!end)
        return context.usageError(end.error().message, synopsis());

    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    EntryRepository repository(**db, context.clock());
    DemoJournalGenerator generator(seed, end->isValid() ? *end : context.clock().today());
    // Batches keep memory flat for large journals; each batch is one transaction.
    constexpr int kBatch = 2000;
    int written = 0;
    while (written < *count) {
        const int n = std::min(kBatch, *count - written);
        auto added = repository.addMany(generator.generate(n));
        if (!added)
            return context.userError(QStringLiteral("%1 (%2 sample entries were added before this)")
                                         .arg(added.error().message)
                                         .arg(written));
        written += n;
        if (*count > kBatch)
            context.err() << "\rAdded " << written << " of " << *count << " sample entries" << Qt::flush;
    }
    if (*count > kBatch)
        context.err() << Qt::endl;
    context.out() << "Added " << written << " sample entries to " << context.journalPath() << '\n';
    return ExitOk;
}

} // namespace cpd
