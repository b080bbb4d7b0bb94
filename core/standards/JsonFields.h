#pragma once

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace cpd {

// Reads typed fields from a JSON object and collects every problem, one per line, so a person
// fixes a file in one go rather than one error at a time.
class JsonFields
{
public:
    explicit JsonFields(QJsonObject object) : m_object(std::move(object)) {}

    QString text(const QString& key, bool required);
    QDate date(const QString& key, bool required);
    double number(const QString& key, bool required, double fallback = 0);
    QStringList textList(const QString& key, bool required);
    // Checks that a present, non-empty value is one of allowed.
    void oneOf(const QString& key, const QString& value, const QStringList& allowed);
    void problem(const QString& message) { m_problems << message; }

    const QStringList& problems() const { return m_problems; }
    // Keys of the object that are not in known: kept aside so nothing is lost.
    QJsonObject unknown(const QStringList& known) const;

    static QString dateToString(const QDate& date);
    // YYYY-MM-DD, or null for no date.
    static QJsonValue dateValue(const QDate& date);

private:
    QJsonObject m_object;
    QStringList m_problems;
};

} // namespace cpd
