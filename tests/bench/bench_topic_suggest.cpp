// Topic suggestions for a 200-word and a 2,000-word reflection (demo text, as clinicians write),
// with the title, tags and link titles an entry gives the suggester. Prints one JSON object:
//   bench_topic_suggest [--runs N]
#include "demo/DemoJournalGenerator.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicSuggester.h"

#include "BenchStats.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace cpd;

namespace {

// The first words words of the demo journal's reflections, in entry order.
TopicSuggester::Input inputOfWords(const QList<Entry>& entries, int words)
{
    TopicSuggester::Input input;
    input.title = entries.first().title;
    input.tags = entries.first().tags;
    for (const Link& link : entries.first().links)
        input.linkTitles << link.title;
    QStringList taken;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    for (const Entry& e : entries) {
        for (const QString& w : e.reflectionText().split(space, Qt::SkipEmptyParts)) {
            taken << w;
            if (taken.size() == words) {
                input.text = taken.join(QLatin1Char(' '));
                return input;
            }
        }
    }
    qFatal("the demo journal has fewer than %d words", words);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int runs = 200;
    if (const qsizetype i = args.indexOf(QStringLiteral("--runs")); i > 0 && i + 1 < args.size())
        runs = args.at(i + 1).toInt();

    const QList<Entry> entries = DemoJournalGenerator(1, QDate(2026, 6, 30)).generate(200);
    const TopicSuggester suggester(TopicCatalogue::builtIn());
    QJsonObject out;
    for (const int words : {200, 2000}) {
        const TopicSuggester::Input input = inputOfWords(entries, words);
        qsizetype found = 0;
        QJsonObject s = bench::measure(runs, [&] { found = suggester.suggest(input).size(); });
        s.insert(QStringLiteral("words"), words);
        s.insert(QStringLiteral("suggestions"), double(found));
        out.insert(QStringLiteral("suggest_%1_words").arg(words), s);
    }
    bench::print(out);
    return 0;
}
