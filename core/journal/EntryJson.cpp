#include "journal/EntryJson.h"

#include "journal/EntryValidator.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace cpd {
namespace {

const QString kId = QStringLiteral("id");
const QString kTitle = QStringLiteral("title");
const QString kDate = QStringLiteral("date");
const QString kEndDate = QStringLiteral("end_date");
const QString kActivity = QStringLiteral("activity");
const QString kHours = QStringLiteral("hours");
const QString kParticipatory = QStringLiteral("participatory_hours");
const QString kCredits = QStringLiteral("credits");
const QString kTemplate = QStringLiteral("template");
const QString kReflection = QStringLiteral("reflection");
const QString kCodeThemes = QStringLiteral("code_themes");
const QString kGmpDomains = QStringLiteral("gmp_domains");
const QString kFeedbackSource = QStringLiteral("feedback_source");
const QString kFeedbackType = QStringLiteral("feedback_type");
const QString kTopics = QStringLiteral("topics");
const QString kTags = QStringLiteral("tags");
const QString kLinks = QStringLiteral("links");
const QString kStatus = QStringLiteral("status");
const QString kCreated = QStringLiteral("created");
const QString kUpdated = QStringLiteral("updated");

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

// Reads JSON into an Entry, noting type problems instead of guessing.
class Reader
{
public:
    explicit Reader(const QJsonObject& o) : m_o(o) {}

    QString string(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            m_problems << QCoreApplication::translate("EntryJson", "%1 must be text").arg(key);
            return {};
        }
        return v.toString();
    }

    std::optional<double> number(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble()) {
            m_problems << QCoreApplication::translate("EntryJson", "%1 must be a number").arg(key);
            return std::nullopt;
        }
        return v.toDouble();
    }

    QDate date(const QString& key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid() || text.size() != 10)
            m_problems << QCoreApplication::translate("EntryJson",
                                                      "%1 \"%2\" is not a date (use YYYY-MM-DD)")
                              .arg(key, text);
        return d;
    }

    QDateTime timestamp(const QString& key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return {};
        QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            m_problems << QCoreApplication::translate("EntryJson",
                                                      "%1 \"%2\" is not a date and time (ISO 8601)")
                              .arg(key, text);
        return t;
    }

    QStringList strings(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            m_problems
                << QCoreApplication::translate("EntryJson", "%1 must be a list of text").arg(key);
            return {};
        }
        QStringList out;
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isString()) {
                m_problems << QCoreApplication::translate("EntryJson", "%1 must be a list of text")
                                  .arg(key);
                return {};
            }
            out << item.toString();
        }
        return out;
    }

    QJsonArray objects(const QString& key)
    {
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            m_problems << QCoreApplication::translate("EntryJson", "%1 must be a list").arg(key);
            return {};
        }
        const QJsonArray array = v.toArray();
        for (const QJsonValue& item : array) {
            if (!item.isObject()) {
                m_problems << QCoreApplication::translate("EntryJson",
                                                          "each item of %1 must be an object")
                                  .arg(key);
                return {};
            }
        }
        return array;
    }

    void problem(const QString& text) { m_problems << text; }
    const QStringList& problems() const { return m_problems; }

private:
    QJsonObject m_o;
    QStringList m_problems;
};

} // namespace

QString EntryJson::dateToString(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString EntryJson::timestampToString(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QStringList EntryJson::knownKeys()
{
    return {kId, kTitle, kDate, kEndDate, kActivity, kHours, kParticipatory,
            kCredits, kTemplate, kReflection, kCodeThemes, kGmpDomains, kFeedbackSource,
            kFeedbackType, kTopics, kTags, kLinks, kStatus, kCreated, kUpdated};
}

QJsonObject EntryJson::toJson(const Entry& e)
{
    QJsonObject o = e.extra;
    o.insert(kId, e.id);
    o.insert(kTitle, e.title);
    o.insert(kDate, dateToString(e.date));
    if (e.endDate.isValid())
        o.insert(kEndDate, dateToString(e.endDate));
    o.insert(kActivity, e.activity);
    o.insert(kHours, e.hours);
    o.insert(kParticipatory, e.participatoryHours);
    o.insert(kCredits, e.effectiveCredits());
    o.insert(kTemplate, e.templateId);
    QJsonObject reflection;
    for (auto it = e.reflection.cbegin(); it != e.reflection.cend(); ++it)
        reflection.insert(it.key(), it.value());
    o.insert(kReflection, reflection);
    o.insert(kCodeThemes, toArray(e.codeThemes));
    o.insert(kGmpDomains, toArray(e.gmpDomains));
    if (!e.feedbackSource.isEmpty())
        o.insert(kFeedbackSource, e.feedbackSource);
    if (!e.feedbackType.isEmpty())
        o.insert(kFeedbackType, e.feedbackType);
    QJsonArray topics;
    for (const TopicMapping& t : e.topics)
        topics.append(QJsonObject{{kId, t.id}, {QStringLiteral("level"), t.level}});
    o.insert(kTopics, topics);
    o.insert(kTags, toArray(e.tags));
    QJsonArray links;
    for (const Link& l : e.links) {
        links.append(QJsonObject{
            {QStringLiteral("kind"), l.kind}, {QStringLiteral("url"), l.url}, {kTitle, l.title}});
    }
    o.insert(kLinks, links);
    o.insert(kStatus, e.status);
    if (e.created.isValid())
        o.insert(kCreated, timestampToString(e.created));
    if (e.updated.isValid())
        o.insert(kUpdated, timestampToString(e.updated));
    return o;
}

QJsonArray EntryJson::toJsonArray(const QList<Entry>& entries)
{
    QJsonArray array;
    for (const Entry& e : entries)
        array.append(toJson(e));
    return array;
}

Result<Entry> EntryJson::fromJson(const QJsonObject& o, Check check)
{
    Reader r(o);
    Entry e;
    e.id = r.string(kId);
    e.title = r.string(kTitle);
    e.date = r.date(kDate);
    e.endDate = r.date(kEndDate);
    if (o.contains(kActivity))
        e.activity = r.string(kActivity);
    e.hours = r.number(kHours).value_or(0);
    e.participatoryHours = r.number(kParticipatory).value_or(0);
    // Credits equal to hours are the default, so a round trip keeps them following hours.
    if (const auto credits = r.number(kCredits); credits && *credits != e.hours)
        e.credits = credits;
    if (o.contains(kTemplate))
        e.templateId = r.string(kTemplate);
    const QJsonValue reflection = o.value(kReflection);
    if (reflection.isObject()) {
        const QJsonObject ro = reflection.toObject();
        for (auto it = ro.begin(); it != ro.end(); ++it) {
            if (it.value().isString())
                e.reflection.insert(it.key(), it.value().toString());
            else if (!it.value().isNull())
                r.problem(QCoreApplication::translate("EntryJson", "reflection.%1 must be text")
                              .arg(it.key()));
        }
    } else if (reflection.isString()) {
        // A bare string is a free-text reflection: accept it rather than lose it.
        e.reflection.insert(QStringLiteral("text"), reflection.toString());
    } else if (!reflection.isUndefined() && !reflection.isNull()) {
        r.problem(
            QCoreApplication::translate("EntryJson", "reflection must be an object of answers"));
    }
    e.codeThemes = r.strings(kCodeThemes);
    e.gmpDomains = r.strings(kGmpDomains);
    e.feedbackSource = r.string(kFeedbackSource);
    e.feedbackType = r.string(kFeedbackType);
    const QJsonArray topics = r.objects(kTopics);
    for (const QJsonValue& v : topics) {
        const QJsonObject t = v.toObject();
        e.topics.append({t.value(kId).toString(), t.value(QStringLiteral("level")).toString()});
    }
    e.tags = r.strings(kTags);
    const QJsonArray links = r.objects(kLinks);
    for (const QJsonValue& v : links) {
        const QJsonObject l = v.toObject();
        e.links.append({l.value(QStringLiteral("kind")).toString(),
                        l.value(QStringLiteral("url")).toString(), l.value(kTitle).toString()});
    }
    if (o.contains(kStatus))
        e.status = r.string(kStatus);
    e.created = r.timestamp(kCreated);
    e.updated = r.timestamp(kUpdated);

    const QStringList known = knownKeys();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            e.extra.insert(it.key(), it.value());
    }

    QStringList problems = r.problems();
    if (problems.isEmpty()) {
        EntryValidator::normalise(e);
        if (check == Check::Validate)
            problems = EntryValidator::problems(e);
    }
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    return e;
}

Result<QList<Entry>> EntryJson::parseDocument(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return fail(QCoreApplication::translate("EntryJson", "not valid JSON at byte %1: %2")
                        .arg(error.offset)
                        .arg(error.errorString()));
    }
    QList<Entry> entries;
    if (doc.isObject()) {
        auto entry = fromJson(doc.object());
        if (!entry)
            return std::unexpected(entry.error());
        entries.append(*entry);
        return entries;
    }
    const QJsonArray array = doc.array();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return fail(QCoreApplication::translate("EntryJson", "item %1 is not an entry object")
                            .arg(i + 1));
        auto entry = fromJson(array.at(i).toObject());
        if (!entry)
            return fail(QCoreApplication::translate("EntryJson", "item %1: %2")
                            .arg(i + 1)
                            .arg(entry.error().message));
        entries.append(*entry);
    }
    return entries;
}

} // namespace cpd
