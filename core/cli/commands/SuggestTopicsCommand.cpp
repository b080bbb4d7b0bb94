#include "cli/commands/SuggestTopicsCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "topics/TopicCatalogue.h"
#include "topics/TopicFeedbackStore.h"
#include "topics/TopicSuggester.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace cpd {

QString SuggestTopicsCommand::synopsis() const
{
    return QStringLiteral("suggest-topics (--text-file FILE | -) [--json] [--limit N]");
}

QString SuggestTopicsCommand::summary() const
{
    return QStringLiteral("Suggests All Our Health topics for a text (a file, or - for standard input), "
                          "best first, with the words that matched.");
}

int SuggestTopicsCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the suggestions as JSON"));
    parser.option(QStringLiteral("text-file"), QStringLiteral("FILE"), QStringLiteral("the text to read"));
    parser.option(QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("at most N topics (default 5)"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    const QStringList positional = parser.positional();
    QString source;
    if (parser.isSet(QStringLiteral("text-file"))) {
        if (!positional.isEmpty())
            return context.usageError(QStringLiteral("give either --text-file FILE or -, not both"), synopsis());
        source = parser.value(QStringLiteral("text-file"));
    } else if (positional == QStringList{QStringLiteral("-")}) {
        source = QStringLiteral("-");
    } else if (positional.isEmpty()) {
        return context.usageError(QStringLiteral("no text: give --text-file FILE, or - to read standard input"),
                                  synopsis());
    } else {
        return context.usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()), synopsis());
    }
    const auto limit = parser.intValue(QStringLiteral("limit"), 5, 1, 100);
    if (!limit)
        return context.usageError(limit.error().message, synopsis());

    const auto bytes = context.readInput(source, 8 * 1024 * 1024);
    if (!bytes)
        return context.userError(bytes.error().message);

    QString problem;
    const TopicCatalogue catalogue = TopicCatalogue::load(&problem);
    if (!problem.isEmpty())
        context.err() << "cpdjournal-cli: warning: " << problem << "; using the built-in topics" << Qt::endl;
    TopicSuggester suggester(catalogue);
    // Learning is per journal: use it when there is a journal, but never create one for this.
    if (QFileInfo::exists(context.journalPath())) {
        if (auto db = context.journal()) {
            if (auto feedback = TopicFeedbackStore(**db, context.clock()).load())
                suggester.setFeedback(*feedback);
        }
    }
    const QList<TopicSuggestion> suggestions = suggester.suggest(QString::fromUtf8(*bytes), *limit);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const TopicSuggestion& s : suggestions) {
            out.append(QJsonObject{{QStringLiteral("id"), s.id},
                                   {QStringLiteral("title"), s.title},
                                   {QStringLiteral("score"), std::round(s.score * 1000.0) / 1000.0},
                                   {QStringLiteral("matched"), QJsonArray::fromStringList(s.matched)}});
        }
        context.printJson(out);
        return ExitOk;
    }
    QTextStream& out = context.out();
    if (suggestions.isEmpty()) {
        out << "No All Our Health topic stands out in this text.\n";
        return ExitOk;
    }
    int rank = 0;
    for (const TopicSuggestion& s : suggestions) {
        const Topic* topic = catalogue.find(s.id);
        out << ++rank << ". " << (topic ? topic->shortTitle() : s.title) << "  [" << s.id << "]  score "
            << QString::number(s.score, 'f', 1) << '\n'
            << "   matched: " << s.matched.join(QLatin1String(", ")) << '\n';
    }
    return ExitOk;
}

} // namespace cpd
