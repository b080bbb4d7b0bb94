#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cpd {

// A guideline in the library (NICE, SIGN, RCGP, a local trust…), linkable to many entries.
struct Guideline
{
    QString id;
    QString title;
    QString publisher;
    QString identifier; // e.g. NG136
    QString url;
    QDate published;
    QDate updated;
    QString notes;
    QDateTime created;
    QStringList entryIds; // entries it is linked to (read only)

    QJsonObject toJson() const;
    // Reads the JSON form (snake_case keys as toJson writes them); every problem in one message.
    static Result<Guideline> fromJson(const QJsonObject& object);
    static Result<Guideline> parseDocument(const QByteArray& json);
    // "NG136" from https://www.nice.org.uk/guidance/ng136, "SIGN 158" from sign.ac.uk…; or empty.
    static QString identifierFromUrl(const QUrl& url);

    friend bool operator==(const Guideline&, const Guideline&) = default;
};

} // namespace cpd
