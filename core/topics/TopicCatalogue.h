#pragma once

#include "topics/Topic.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

// The All Our Health topics: the built-in catalogue compiled into the app, or a newer one the
// person (or their organisation) dropped in as topics.json, so it can change without a release.
class TopicCatalogue
{
public:
    TopicCatalogue() = default;

    static Result<TopicCatalogue> fromJson(const QByteArray& json, const QString& source);
    static Result<TopicCatalogue> fromFile(const QString& path);
    // The catalogue compiled into the app.
    static TopicCatalogue builtIn();
    // Where an override is looked for: $CPDJOURNAL_TOPICS, else topics.json in the app data folder.
    static QString overridePath();
    // The override when there is one and it is valid, else the built-in catalogue. A broken
    // override is reported in problem (when given) and otherwise ignored.
    static TopicCatalogue load(QString* problem = nullptr);

    const QString& version() const { return m_version; }
    const QString& source() const { return m_source; }
    const QList<Topic>& topics() const { return m_topics; }
    // Topics that may be suggested: all but the withdrawn ones.
    QList<Topic> suggestable() const;
    // The display groups, in catalogue order.
    QStringList groups() const;
    const QStringList& levels() const { return m_levels; }

    const Topic* find(const QString& id) const;
    bool isKnown(const QString& id) const { return m_index.contains(id); }
    // A title for any id: an unknown id (from an older or newer catalogue) is kept and shown
    // as unknown rather than dropped.
    QString titleFor(const QString& id) const;
    QString shortTitleFor(const QString& id) const;
    QString groupFor(const QString& id) const;
    static QString unknownGroup();

    static QStringList standardLevels();

private:
    QString m_version;
    QString m_source;
    QList<Topic> m_topics;
    QStringList m_levels;
    QHash<QString, qsizetype> m_index;
};

} // namespace cpd
