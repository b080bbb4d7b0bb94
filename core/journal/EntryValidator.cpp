#include "journal/EntryValidator.h"

#include "journal/ReflectionTemplates.h"
#include "journal/Vocabulary.h"

#include <QCoreApplication>
#include <QUuid>

namespace cpd {
namespace {

constexpr double kMaxHours = 10000; // a long course spread over months, never more

// The ids never change (only their labels' language does): listed once, not for every entry
// (an import of 100,000 entries validated each twice).
template<QList<Vocabulary::Term> (*terms)()>
const QStringList& fixedIds()
{
    static const QStringList ids = Vocabulary::ids(terms());
    return ids;
}

QString oneOf(const QStringList& ids)
{
    return QCoreApplication::translate("EntryValidator", "expected one of: %1")
        .arg(ids.join(QLatin1String(", ")));
}

void checkSubset(QStringList& problems, const QString& key, const QStringList& values,
                 const QStringList& allowed)
{
    for (const QString& v : values) {
        if (!allowed.contains(v))
            problems << QCoreApplication::translate("EntryValidator", "unknown %1 \"%2\"; %3")
                            .arg(key, v, oneOf(allowed));
    }
}

QString number(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

void EntryValidator::normalise(Entry& e)
{
    e.title = e.title.simplified();
    e.id = e.id.trimmed();
    if (e.id.startsWith(QLatin1Char('{')))
        e.id = QUuid::fromString(e.id).toString(QUuid::WithoutBraces);
    e.id = e.id.toLower();
    QStringList tags;
    for (const QString& raw : std::as_const(e.tags)) {
        const QString tag = raw.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags << tag;
    }
    e.tags = tags;
    for (TopicMapping& t : e.topics) {
        t.id = t.id.trimmed();
        if (t.level.isEmpty())
            t.level = QStringLiteral("individual");
    }
    e.codeThemes.removeDuplicates();
    e.gmpDomains.removeDuplicates();
    for (Link& l : e.links) {
        l.url = l.url.trimmed();
        l.title = l.title.simplified();
        if (l.kind.isEmpty())
            l.kind = QStringLiteral("web");
    }
}

QStringList EntryValidator::problems(const Entry& e)
{
    QStringList p;
    if (!e.id.isEmpty() && QUuid::fromString(e.id).isNull())
        p << QCoreApplication::translate("EntryValidator", "id \"%1\" is not a UUID").arg(e.id);
    if (e.title.trimmed().isEmpty())
        p << QCoreApplication::translate("EntryValidator",
                                         "title is empty: give the entry a title");
    if (!e.date.isValid())
        p << QCoreApplication::translate("EntryValidator",
                                         "date is missing or not a date (use YYYY-MM-DD)");
    if (e.endDate.isValid() && e.date.isValid() && e.endDate < e.date)
        p << QCoreApplication::translate("EntryValidator", "end_date %1 is before date %2")
                 .arg(e.endDate.toString(Qt::ISODate), e.date.toString(Qt::ISODate));
    const QStringList activities = fixedIds<&Vocabulary::activities>();
    if (!activities.contains(e.activity))
        p << QCoreApplication::translate("EntryValidator", "unknown activity \"%1\"; %2")
                 .arg(e.activity, oneOf(activities));
    if (e.hours < 0 || e.hours > kMaxHours)
        p << QCoreApplication::translate("EntryValidator", "hours must be between 0 and %1")
                 .arg(number(kMaxHours));
    if (e.participatoryHours < 0)
        p << QCoreApplication::translate("EntryValidator",
                                         "participatory_hours cannot be negative");
    if (e.participatoryHours > e.hours)
        p << QCoreApplication::translate("EntryValidator",
                                         "participatory_hours (%1) is more than hours (%2)")
                 .arg(number(e.participatoryHours), number(e.hours));
    if (e.credits && (*e.credits < 0 || *e.credits > kMaxHours))
        p << QCoreApplication::translate("EntryValidator", "credits must be between 0 and %1")
                 .arg(number(kMaxHours));
    if (!ReflectionTemplates::isKnown(e.templateId))
        p << QCoreApplication::translate("EntryValidator", "unknown template \"%1\"; %2")
                 .arg(e.templateId, oneOf(ReflectionTemplates::ids()));
    checkSubset(p, QCoreApplication::translate("EntryValidator", "code theme"), e.codeThemes,
                fixedIds<&Vocabulary::codeThemes>());
    checkSubset(p, QCoreApplication::translate("EntryValidator", "GMP domain"), e.gmpDomains,
                fixedIds<&Vocabulary::gmpDomains>());
    if (!e.feedbackSource.isEmpty())
        checkSubset(p, QStringLiteral("feedback_source"), {e.feedbackSource},
                    fixedIds<&Vocabulary::feedbackSources>());
    if (!e.feedbackType.isEmpty())
        checkSubset(p, QStringLiteral("feedback_type"), {e.feedbackType},
                    fixedIds<&Vocabulary::feedbackTypes>());
    const QStringList levels = fixedIds<&Vocabulary::topicLevels>();
    QStringList seenTopics;
    for (const TopicMapping& t : e.topics) {
        if (t.id.isEmpty())
            p << QCoreApplication::translate("EntryValidator", "a topic has no id");
        else if (seenTopics.contains(t.id))
            p << QCoreApplication::translate("EntryValidator", "topic \"%1\" appears twice")
                     .arg(t.id);
        seenTopics << t.id;
        if (!levels.contains(t.level))
            p << QCoreApplication::translate("EntryValidator",
                                             "topic \"%1\" has unknown level \"%2\"; %3")
                     .arg(t.id, t.level, oneOf(levels));
    }
    for (const Link& l : e.links) {
        if (l.url.isEmpty() && l.title.isEmpty())
            p << QCoreApplication::translate("EntryValidator",
                                             "a link has neither a URL nor a title");
    }
    const QStringList statuses = fixedIds<&Vocabulary::statuses>();
    if (!statuses.contains(e.status))
        p << QCoreApplication::translate("EntryValidator", "unknown status \"%1\"; %2")
                 .arg(e.status, oneOf(statuses));
    return p;
}

Status EntryValidator::validate(const Entry& e)
{
    const QStringList p = problems(e);
    if (!p.isEmpty())
        return fail(p.join(QLatin1Char('\n')));
    return {};
}

} // namespace cpd
