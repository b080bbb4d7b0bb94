#include "evidence/Guideline.h"

#include "standards/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

namespace cpd {

QJsonObject Guideline::toJson() const
{
    QJsonObject o{
        {QStringLiteral("title"), title},
        {QStringLiteral("publisher"), publisher},
        {QStringLiteral("identifier"), identifier},
        {QStringLiteral("url"), url},
        {QStringLiteral("published"), JsonFields::dateValue(published)},
        {QStringLiteral("updated"), JsonFields::dateValue(updated)},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("entries"), QJsonArray::fromStringList(entryIds)},
    };
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    if (created.isValid())
        o.insert(QStringLiteral("created"), created.toUTC().toString(Qt::ISODate));
    return o;
}

Result<Guideline> Guideline::fromJson(const QJsonObject& object)
{
    JsonFields f(object);
    Guideline g;
    g.id = f.text(QStringLiteral("id"), false);
    g.title = f.text(QStringLiteral("title"), true).trimmed();
    g.publisher = f.text(QStringLiteral("publisher"), false).trimmed();
    g.identifier = f.text(QStringLiteral("identifier"), false).trimmed();
    g.url = f.text(QStringLiteral("url"), false).trimmed();
    g.published = f.date(QStringLiteral("published"), false);
    g.updated = f.date(QStringLiteral("updated"), false);
    g.notes = f.text(QStringLiteral("notes"), false);
    if (object.contains(QStringLiteral("title")) && object.value(QStringLiteral("title")).isString() && g.title.isEmpty())
        f.problem(QCoreApplication::translate("Guideline", "title must not be empty"));
    if (!g.url.isEmpty()) {
        const QUrl u(g.url, QUrl::StrictMode);
        const QString scheme = u.scheme().toLower();
        if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) || u.host().isEmpty())
            f.problem(QCoreApplication::translate("Guideline",
                                                  "url \"%1\" is not a web address (http or https)")
                          .arg(g.url));
    }
    if (!f.problems().isEmpty())
        return fail(QCoreApplication::translate("Guideline", "The guideline is not valid: %1.")
                        .arg(f.problems().join(QStringLiteral("; "))));
    if (g.identifier.isEmpty() && !g.url.isEmpty())
        g.identifier = identifierFromUrl(QUrl(g.url));
    return g;
}

Result<Guideline> Guideline::parseDocument(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Guideline",
                                                "The guideline is not valid JSON: %1 at byte %2.")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(
            QCoreApplication::translate("Guideline", "The guideline must be a JSON object."));
    return fromJson(doc.object());
}

QString Guideline::identifierFromUrl(const QUrl& url)
{
    const QString host = url.host().toLower();
    const QString path = url.path();
    if (host.endsWith(QLatin1String("nice.org.uk"))) {
        static const QRegularExpression re(QStringLiteral("/guidance/([a-z]{1,4}\\d{1,4})(?:/|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
        if (const auto m = re.match(path); m.hasMatch())
            return m.captured(1).toUpper();
    }
    if (host.endsWith(QLatin1String("sign.ac.uk"))) {
        static const QRegularExpression re(QStringLiteral("sign[-_ ]?(\\d{1,4})"), QRegularExpression::CaseInsensitiveOption);
        if (const auto m = re.match(path); m.hasMatch())
            return QStringLiteral("SIGN %1").arg(m.captured(1));
    }
    return {};
}

} // namespace cpd
