#include "export/ReportLabels.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace cpd {

const ReportLabels& ReportLabels::builtIn()
{
    static const ReportLabels labels = [] {
        QFile f(QStringLiteral(":/report/labels.json"));
        f.open(QIODevice::ReadOnly);
        auto parsed = fromJson(f.readAll());
        return parsed ? *parsed : ReportLabels();
    }();
    return labels;
}

Result<ReportLabels> ReportLabels::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ReportLabels",
                                                "The report labels are not a JSON object (%1).")
                        .arg(error.errorString()));
    ReportLabels labels;
    labels.m_root = doc.object();
    return labels;
}

QJsonValue ReportLabels::at(const QString& path) const
{
    QJsonValue v = m_root;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString& p : parts) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(p);
    }
    return v;
}

QString ReportLabels::text(const QString& path) const
{
    const QJsonValue v = at(path);
    return v.isString() ? v.toString() : path;
}

QStringList ReportLabels::list(const QString& path) const
{
    QStringList out;
    const QJsonArray a = at(path).toArray();
    for (const QJsonValue& v : a)
        out << v.toString();
    return out;
}

QString ReportLabels::lookup(const QString& mapPath, const QString& key) const
{
    const QJsonValue v = at(mapPath).toObject().value(key);
    return v.isString() ? v.toString() : key;
}

} // namespace cpd
