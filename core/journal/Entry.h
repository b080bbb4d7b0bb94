#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cpd {

struct Link
{
    QString kind; // guideline, case, social, web, …
    QString url;
    QString title;
    friend bool operator==(const Link&, const Link&) = default;
};

struct TopicMapping
{
    QString id;    // All Our Health topic id
    QString level; // individual | family | community | population | strategic
    friend bool operator==(const TopicMapping&, const TopicMapping&) = default;
};

// One piece of learning in the journal. Its JSON form is defined by EntryJson.
struct Entry
{
    QString id; // UUID without braces
    QString title;
    QDate date;
    QDate endDate; // invalid when the activity took one day
    QString activity = QStringLiteral("other");
    double hours = 0;
    double participatoryHours = 0;
    std::optional<double> credits; // GP credits; absent means "same as hours"
    QString templateId = QStringLiteral("free");
    QMap<QString, QString> reflection; // keys follow the template
    QStringList codeThemes;
    QStringList gmpDomains;
    QString feedbackSource;
    QString feedbackType;
    QList<TopicMapping> topics;
    QStringList tags;
    QList<Link> links;
    QString status = QStringLiteral("draft"); // draft | final
    QDateTime created;
    QDateTime updated;
    QJsonObject extra; // keys this version does not know, kept so nothing is lost

    double effectiveCredits() const { return credits.value_or(hours); }
    // All reflection answers, in template order where known, for search and scanning.
    QString reflectionText() const;

    friend bool operator==(const Entry&, const Entry&) = default;
};

} // namespace cpd
