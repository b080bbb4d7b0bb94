#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cpd {

// The reflective models an entry can follow, each a list of questions with JSON keys.
class ReflectionTemplates
{
public:
    struct Field
    {
        QString key;      // JSON key inside "reflection"
        QString question; // translated heading shown above the answer
        QString hint;     // translated one-line prompt
    };
    struct Template
    {
        QString id;
        QString name; // translated
        QList<Field> fields;
    };

    static QList<Template> all();
    static QStringList ids();
    // The template with id, or the free-text template when unknown.
    static Template byId(const QString& id);
    static QStringList fieldKeys(const QString& id);
    static bool isKnown(const QString& id);
};

} // namespace cpd
