#include "cli/commands/ShowCommand.h"

#include "cli/CliContext.h"
#include "cli/CliParser.h"
#include "journal/EntryJson.h"
#include "journal/EntryRepository.h"
#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"

namespace cpd {
namespace {

QString hours(double h)
{
    return QString::number(h, 'g', 6);
}

QStringList labels(const QList<Vocabulary::Term>& terms, const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids)
        out << Vocabulary::label(terms, id);
    return out;
}

} // namespace

QString ShowCommand::summary() const
{
    return QStringLiteral("Shows one entry (--json: in the JSON form add and import read).");
}

QString ShowCommand::readable(const Entry& e)
{
    QString s;
    s += e.title + QLatin1Char('\n');
    s += QStringLiteral("Date: %1").arg(e.date.toString(Qt::ISODate));
    if (e.endDate.isValid())
        s += QStringLiteral(" to %1").arg(e.endDate.toString(Qt::ISODate));
    s += QStringLiteral("   Activity: %1   Status: %2\n")
             .arg(Vocabulary::label(Vocabulary::activities(), e.activity),
                  Vocabulary::label(Vocabulary::statuses(), e.status));
    s += QStringLiteral("Hours: %1 (participatory %2)   Credits: %3\n")
             .arg(hours(e.hours), hours(e.participatoryHours), hours(e.effectiveCredits()));
    if (e.activity == QLatin1String("feedback") && (!e.feedbackSource.isEmpty() || !e.feedbackType.isEmpty()))
        s += QStringLiteral("Feedback: %1, %2\n")
                 .arg(Vocabulary::label(Vocabulary::feedbackSources(), e.feedbackSource),
                      Vocabulary::label(Vocabulary::feedbackTypes(), e.feedbackType));
    const ReflectionTemplates::Template t = ReflectionTemplates::byId(e.templateId);
    s += QStringLiteral("Template: %1\n").arg(t.name);
    for (const ReflectionTemplates::Field& f : t.fields) {
        const QString answer = e.reflection.value(f.key).trimmed();
        s += QStringLiteral("\n%1\n%2\n").arg(f.question, answer.isEmpty() ? QStringLiteral("(not answered)") : answer);
    }
    for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it) {
        if (!ReflectionTemplates::fieldKeys(e.templateId).contains(it.key()) && !it.value().trimmed().isEmpty())
            s += QStringLiteral("\n%1 (from another template)\n%2\n").arg(it.key(), it.value().trimmed());
    }
    s += QLatin1Char('\n');
    if (!e.codeThemes.isEmpty())
        s += QStringLiteral("Code themes: %1\n").arg(labels(Vocabulary::codeThemes(), e.codeThemes).join(QLatin1String("; ")));
    if (!e.gmpDomains.isEmpty())
        s += QStringLiteral("GMP domains: %1\n").arg(labels(Vocabulary::gmpDomains(), e.gmpDomains).join(QLatin1String("; ")));
    if (!e.topics.isEmpty()) {
        QStringList topics;
        for (const TopicMapping& m : e.topics)
            topics << QStringLiteral("%1 (%2)").arg(m.id, m.level);
        s += QStringLiteral("Topics: %1\n").arg(topics.join(QLatin1String(", ")));
    }
    if (!e.tags.isEmpty())
        s += QStringLiteral("Tags: %1\n").arg(e.tags.join(QLatin1String(", ")));
    if (!e.links.isEmpty()) {
        s += QStringLiteral("Links:\n");
        for (const Link& l : e.links)
            s += QStringLiteral("  - [%1] %2 %3\n").arg(l.kind, l.title, l.url.isEmpty() ? QString() : QLatin1Char('<') + l.url + QLatin1Char('>'));
    }
    s += QStringLiteral("Id: %1   Created: %2   Updated: %3\n")
             .arg(e.id, EntryJson::timestampToString(e.created), EntryJson::timestampToString(e.updated));
    return s;
}

int ShowCommand::run(CliContext& context, const QStringList& args)
{
    CliParser parser;
    parser.flag(QStringLiteral("json"), QStringLiteral("print the entry's JSON form"));
    if (auto ok = parser.parse(args); !ok)
        return context.usageError(ok.error().message, synopsis());
    if (parser.positional().size() != 1)
        return context.usageError(QStringLiteral("say which entry: show ID"), synopsis());
    auto db = context.journal();
    if (!db)
        return context.userError(db.error().message);
    EntryRepository repository(**db, context.clock());
    auto entry = repository.get(parser.positional().first());
    if (!entry)
        return context.userError(entry.error().message);
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(EntryJson::toJson(*entry));
    else
        context.out() << readable(*entry);
    return ExitOk;
}

} // namespace cpd
