#include "topics/TopicCatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace cpd {

Q_LOGGING_CATEGORY(lcTopics, "cpd.topics")

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& x : a) {
        const QString s = x.toString().trimmed();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

const QString kBuiltInPath = QStringLiteral(":/topics/all-our-health-topics.json");

} // namespace

QString Topic::shortTitle() const
{
    static const QString suffix = QStringLiteral(": applying All Our Health");
    return title.endsWith(suffix, Qt::CaseInsensitive) ? title.left(title.size() - suffix.size()) : title;
}

QStringList TopicCatalogue::standardLevels()
{
    return {QStringLiteral("individual"), QStringLiteral("family"), QStringLiteral("community"),
            QStringLiteral("population"), QStringLiteral("strategic")};
}

QString TopicCatalogue::unknownGroup()
{
    return QStringLiteral("Unknown topics");
}

Result<TopicCatalogue> TopicCatalogue::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            QCoreApplication::translate("TopicCatalogue", "%1 is not valid JSON: %2 (at byte %3)")
                .arg(source, error.errorString())
                .arg(error.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("topics")).isArray())
        return fail(QCoreApplication::translate(
                        "TopicCatalogue", "%1 is not a topic catalogue: it has no \"topics\" list")
                        .arg(source));
    const QJsonObject root = doc.object();

    TopicCatalogue c;
    c.m_source = source;
    c.m_version = root.value(QStringLiteral("version")).toVariant().toString();
    c.m_levels = strings(root.value(QStringLiteral("levels_of_action")));
    if (c.m_levels.isEmpty())
        c.m_levels = standardLevels();

    const QJsonArray topics = root.value(QStringLiteral("topics")).toArray();
    for (qsizetype i = 0; i < topics.size(); ++i) {
        const QJsonObject o = topics.at(i).toObject();
        Topic t;
        t.id = o.value(QStringLiteral("id")).toString().trimmed();
        t.title = o.value(QStringLiteral("title")).toString().trimmed();
        if (t.id.isEmpty() || t.title.isEmpty())
            return fail(QCoreApplication::translate("TopicCatalogue",
                                                    "%1: topic %2 needs an \"id\" and a \"title\"")
                            .arg(source)
                            .arg(i + 1));
        if (c.m_index.contains(t.id))
            return fail(QCoreApplication::translate("TopicCatalogue",
                                                    "%1: the topic id \"%2\" appears twice")
                            .arg(source, t.id));
        t.group = o.value(QStringLiteral("group")).toString().trimmed();
        if (t.group.isEmpty())
            t.group = QStringLiteral("Other");
        t.status = o.value(QStringLiteral("status")).toString(QStringLiteral("current")).trimmed();
        t.guide = o.value(QStringLiteral("guide")).toString();
        t.aliases = strings(o.value(QStringLiteral("aliases")));
        t.keywords = strings(o.value(QStringLiteral("keywords")));
        t.weakKeywords = strings(o.value(QStringLiteral("weak_keywords")));
        c.m_index.insert(t.id, c.m_topics.size());
        c.m_topics.append(std::move(t));
    }
    if (c.m_topics.isEmpty())
        return fail(
            QCoreApplication::translate("TopicCatalogue", "%1 lists no topics").arg(source));
    return c;
}

Result<TopicCatalogue> TopicCatalogue::fromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("TopicCatalogue", "cannot read the topic catalogue %1: %2")
                .arg(path, f.errorString()));
    return fromJson(f.readAll(), path);
}

TopicCatalogue TopicCatalogue::builtIn()
{
    static const TopicCatalogue cached = [] {
        auto c = fromFile(kBuiltInPath);
        if (!c)
            qFatal("the built-in topic catalogue is broken: %s", qPrintable(c.error().message));
        return *c;
    }();
    return cached;
}

QString TopicCatalogue::overridePath()
{
    const QString env = qEnvironmentVariable("CPDJOURNAL_TOPICS");
    if (!env.isEmpty())
        return env;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/topics.json");
}

TopicCatalogue TopicCatalogue::load(QString* problem)
{
    const QString path = overridePath();
    if (!path.isEmpty() && QFile::exists(path)) {
        auto c = fromFile(path);
        if (c)
            return *c;
        qCWarning(lcTopics) << "ignoring the topic catalogue override:" << c.error().message;
        if (problem)
            *problem = c.error().message;
    }
    return builtIn();
}

QList<Topic> TopicCatalogue::suggestable() const
{
    QList<Topic> out;
    for (const Topic& t : m_topics) {
        if (!t.isWithdrawn())
            out.append(t);
    }
    return out;
}

QStringList TopicCatalogue::groups() const
{
    QStringList out;
    for (const Topic& t : m_topics) {
        if (!out.contains(t.group))
            out.append(t.group);
    }
    return out;
}

const Topic* TopicCatalogue::find(const QString& id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_topics.at(*it);
}

QString TopicCatalogue::titleFor(const QString& id) const
{
    if (const Topic* t = find(id))
        return t->title;
    return QStringLiteral("Unknown topic (%1)").arg(id);
}

QString TopicCatalogue::shortTitleFor(const QString& id) const
{
    if (const Topic* t = find(id))
        return t->shortTitle();
    return QStringLiteral("Unknown topic (%1)").arg(id);
}

QString TopicCatalogue::groupFor(const QString& id) const
{
    if (const Topic* t = find(id))
        return t->group;
    return unknownGroup();
}

} // namespace cpd
