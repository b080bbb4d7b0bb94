#include "standards/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace cpd {

QString JsonFields::text(const QString& key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_problems << QCoreApplication::translate("JsonFields", "\"%1\" is missing").arg(key);
        return {};
    }
    if (!v.isString()) {
        m_problems << QCoreApplication::translate("JsonFields", "\"%1\" must be text").arg(key);
        return {};
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty() && required)
        m_problems << QCoreApplication::translate("JsonFields", "\"%1\" is empty").arg(key);
    return s;
}

QDate JsonFields::date(const QString& key, bool required)
{
    const QString s = text(key, required);
    if (s.isEmpty())
        return {};
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!shape.match(s).hasMatch() || !d.isValid()) {
        m_problems << QCoreApplication::translate(
                          "JsonFields", "\"%1\" must be a date written YYYY-MM-DD, not \"%2\"")
                          .arg(key, s);
        return {};
    }
    return d;
}

double JsonFields::number(const QString& key, bool required, double fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_problems << QCoreApplication::translate("JsonFields", "\"%1\" is missing").arg(key);
        return fallback;
    }
    if (!v.isDouble()) {
        m_problems << QCoreApplication::translate("JsonFields", "\"%1\" must be a number").arg(key);
        return fallback;
    }
    return v.toDouble();
}

QStringList JsonFields::textList(const QString& key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            m_problems << QCoreApplication::translate("JsonFields", "\"%1\" is missing").arg(key);
        return {};
    }
    if (!v.isArray()) {
        m_problems
            << QCoreApplication::translate("JsonFields", "\"%1\" must be a list of text").arg(key);
        return {};
    }
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue& item : array) {
        if (!item.isString()) {
            m_problems << QCoreApplication::translate("JsonFields", "\"%1\" must be a list of text")
                              .arg(key);
            return {};
        }
        out << item.toString().trimmed();
    }
    if (out.isEmpty() && required)
        m_problems << QCoreApplication::translate("JsonFields", "\"%1\" is empty").arg(key);
    return out;
}

void JsonFields::oneOf(const QString& key, const QString& value, const QStringList& allowed)
{
    if (!value.isEmpty() && !allowed.contains(value))
        m_problems << QCoreApplication::translate("JsonFields",
                                                  "\"%1\" must be one of %2, not \"%3\"")
                          .arg(key, allowed.join(QStringLiteral(", ")), value);
}

QJsonObject JsonFields::unknown(const QStringList& known) const
{
    QJsonObject out;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (!known.contains(it.key()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QString JsonFields::dateToString(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonValue JsonFields::dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

} // namespace cpd
