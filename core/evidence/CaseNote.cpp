#include "evidence/CaseNote.h"

#include "standards/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace cpd {

QStringList CaseNote::ageBands()
{
    return {QStringLiteral("under-1"), QStringLiteral("1-4"),   QStringLiteral("5-11"),  QStringLiteral("12-17"),
            QStringLiteral("18-24"),   QStringLiteral("25-39"), QStringLiteral("40-64"), QStringLiteral("65-79"),
            QStringLiteral("80+")};
}

QJsonObject CaseNote::toJson() const
{
    QJsonObject o{
        {QStringLiteral("summary"), summary},
        {QStringLiteral("setting"), setting},
        {QStringLiteral("age_band"), ageBand},
        {QStringLiteral("learning_points"), learningPoints},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("follow_up"), followUp},
        {QStringLiteral("entries"), QJsonArray::fromStringList(entryIds)},
    };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    if (updated.isValid())
        o.insert(QStringLiteral("updated"), updated.toUTC().toString(Qt::ISODate));
    return o;
}

Result<CaseNote> CaseNote::fromJson(const QJsonObject& object)
{
    static const QStringList known = {QStringLiteral("id"),      QStringLiteral("summary"),         QStringLiteral("setting"),
                                      QStringLiteral("age_band"), QStringLiteral("learning_points"), QStringLiteral("outcome"),
                                      QStringLiteral("follow_up"), QStringLiteral("entries"),        QStringLiteral("created"),
                                      QStringLiteral("updated")};
    JsonFields f(object);
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key().toLower();
        key.remove(QLatin1Char('_')).remove(QLatin1Char('-'));
        if (key == QLatin1String("dob") || key.contains(QLatin1String("birth")))
            f.problem(
                QCoreApplication::translate(
                    "CaseNote", "%1: a case note never holds a date of birth; use age_band (%2)")
                    .arg(it.key(), ageBands().join(QStringLiteral(", "))));
        else if (!known.contains(it.key()))
            f.problem(QCoreApplication::translate("CaseNote", "unknown field %1").arg(it.key()));
    }
    CaseNote c;
    c.id = f.text(QStringLiteral("id"), false);
    c.summary = f.text(QStringLiteral("summary"), true).trimmed();
    c.setting = f.text(QStringLiteral("setting"), false).trimmed();
    c.ageBand = f.text(QStringLiteral("age_band"), false).trimmed();
    c.learningPoints = f.text(QStringLiteral("learning_points"), false);
    c.outcome = f.text(QStringLiteral("outcome"), false);
    c.followUp = f.text(QStringLiteral("follow_up"), false);
    c.entryIds = f.textList(QStringLiteral("entries"), false);
    f.oneOf(QStringLiteral("age_band"), c.ageBand, ageBands());
    if (object.value(QStringLiteral("summary")).isString() && c.summary.isEmpty())
        f.problem(QCoreApplication::translate("CaseNote", "summary must not be empty"));
    if (!f.problems().isEmpty())
        return fail(QCoreApplication::translate("CaseNote", "The case note is not valid: %1.")
                        .arg(f.problems().join(QStringLiteral("; "))));
    return c;
}

Result<CaseNote> CaseNote::parseDocument(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("CaseNote",
                                                "The case note is not valid JSON: %1 at byte %2.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(
            QCoreApplication::translate("CaseNote", "The case note must be a JSON object."));
    return fromJson(doc.object());
}

} // namespace cpd
