#include "team/TeamSummary.h"

#include "standards/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

#include <cmath>

namespace cpd {
namespace {

QJsonValue number(double v)
{
    const double rounded = std::round(v * 100.0) / 100.0;
    return rounded == std::floor(rounded) ? QJsonValue(qint64(rounded)) : QJsonValue(rounded);
}

double rounded(double v)
{
    return std::round(v * 100.0) / 100.0;
}

QString monthText(const QDate& month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

bool TeamSummary::StandardProgress::allMet() const
{
    return std::all_of(requirements.cbegin(), requirements.cend(), [](const Requirement& r) { return r.met; });
}

const TeamSummary::StandardProgress* TeamSummary::standard(const QString& id) const
{
    for (const StandardProgress& s : standards) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QJsonObject TeamSummary::toJson() const
{
    QJsonArray standardList;
    for (const StandardProgress& s : standards) {
        QJsonArray reqs;
        for (const Requirement& r : s.requirements) {
            reqs.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("label"), r.label},
                                    {QStringLiteral("unit"), r.unit},
                                    {QStringLiteral("required"), number(r.required)},
                                    {QStringLiteral("achieved"), number(r.achieved)},
                                    {QStringLiteral("met"), r.met},
                                    {QStringLiteral("missing"), r.missing}});
        }
        standardList.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("period"),
             QJsonObject{{QStringLiteral("start"), JsonFields::dateValue(s.periodStart)},
                         {QStringLiteral("end"), JsonFields::dateValue(s.periodEnd)}}},
            {QStringLiteral("application_date"), JsonFields::dateValue(s.applicationDate)},
            {QStringLiteral("requirements"), reqs}});
    }
    QJsonArray months;
    for (const Month& m : hoursByMonth) {
        months.append(QJsonObject{{QStringLiteral("month"), monthText(m.month)},
                                  {QStringLiteral("participatory"), number(m.participatory)},
                                  {QStringLiteral("other"), number(m.other)}});
    }
    QJsonArray topicList;
    for (const TopicCount& t : topics) {
        QJsonObject levelCounts;
        for (auto it = t.levels.cbegin(); it != t.levels.cend(); ++it)
            levelCounts.insert(it.key(), it.value());
        topicList.append(QJsonObject{{QStringLiteral("id"), t.id},
                                     {QStringLiteral("entries"), t.entries},
                                     {QStringLiteral("hours"), number(t.hours)},
                                     {QStringLiteral("levels"), levelCounts}});
    }
    return {
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("member_id"), memberId},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
        {QStringLiteral("professions"), QJsonArray::fromStringList(professions)},
        {QStringLiteral("registration"), registration},
        {QStringLiteral("registration_body"), registrationBody},
        {QStringLiteral("employer"), employer},
        {QStringLiteral("registration_expiry"), JsonFields::dateValue(registrationExpiry)},
        {QStringLiteral("next_appraisal_date"), JsonFields::dateValue(nextAppraisalDate)},
        {QStringLiteral("revalidation_date"), JsonFields::dateValue(revalidationDate)},
        {QStringLiteral("as_of"), JsonFields::dateValue(asOf)},
        {QStringLiteral("generated_at"), generatedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("standards"), standardList},
        {QStringLiteral("hours_by_month"), months},
        {QStringLiteral("topics"), topicList},
        {QStringLiteral("shared_entries"), sharedEntries},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("entries"), totalEntries}, {QStringLiteral("hours"), number(totalHours)}}},
    };
}

QByteArray TeamSummary::toCanonicalBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<TeamSummary> TeamSummary::fromJson(const QJsonObject& o)
{
    JsonFields f(o);
    TeamSummary s;
    const int format = o.value(QStringLiteral("format")).toInt(-1);
    if (format != kFormat)
        return fail(QCoreApplication::translate(
                        "TeamSummary",
                        "the summary's format %1 is not one this version reads (it reads %2); "
                        "update CPD Journal")
                        .arg(format)
                        .arg(kFormat));
    s.memberId = f.text(QStringLiteral("member_id"), true);
    if (!s.memberId.isEmpty() && (QUuid::fromString(s.memberId).isNull() || s.memberId.size() != 36))
        f.problem(QCoreApplication::translate("TeamSummary", "member_id \"%1\" is not a UUID")
                      .arg(s.memberId));
    s.name = f.text(QStringLiteral("name"), true);
    s.role = f.text(QStringLiteral("role"), false);
    s.professions = f.textList(QStringLiteral("professions"), false);
    s.registration = f.text(QStringLiteral("registration"), false);
    s.registrationBody = f.text(QStringLiteral("registration_body"), false);
    s.employer = f.text(QStringLiteral("employer"), false);
    s.registrationExpiry = f.date(QStringLiteral("registration_expiry"), false);
    s.nextAppraisalDate = f.date(QStringLiteral("next_appraisal_date"), false);
    s.revalidationDate = f.date(QStringLiteral("revalidation_date"), false);
    s.asOf = f.date(QStringLiteral("as_of"), true);
    s.generatedAt = QDateTime::fromString(o.value(QStringLiteral("generated_at")).toString(), Qt::ISODateWithMs);
    if (!s.generatedAt.isValid())
        f.problem(QCoreApplication::translate("TeamSummary",
                                              "generated_at is missing or not an ISO 8601 time"));
    s.generatedAt = s.generatedAt.toUTC();
    const QJsonValue seq = o.value(QStringLiteral("sequence"));
    s.sequence = seq.isDouble() ? qint64(seq.toDouble()) : 0;
    if (s.sequence < 1)
        f.problem(
            QCoreApplication::translate("TeamSummary", "sequence must be a whole number from 1"));

    for (const QJsonValue& sv : o.value(QStringLiteral("standards")).toArray()) {
        const QJsonObject so = sv.toObject();
        StandardProgress sp;
        sp.id = so.value(QStringLiteral("id")).toString();
        const QJsonObject period = so.value(QStringLiteral("period")).toObject();
        sp.periodStart = QDate::fromString(period.value(QStringLiteral("start")).toString(), Qt::ISODate);
        sp.periodEnd = QDate::fromString(period.value(QStringLiteral("end")).toString(), Qt::ISODate);
        sp.applicationDate = QDate::fromString(so.value(QStringLiteral("application_date")).toString(), Qt::ISODate);
        if (sp.id.isEmpty())
            f.problem(QCoreApplication::translate("TeamSummary", "a standard has no id"));
        for (const QJsonValue& rv : so.value(QStringLiteral("requirements")).toArray()) {
            const QJsonObject ro = rv.toObject();
            Requirement r;
            r.id = ro.value(QStringLiteral("id")).toString();
            r.label = ro.value(QStringLiteral("label")).toString();
            r.unit = ro.value(QStringLiteral("unit")).toString();
            r.required = ro.value(QStringLiteral("required")).toDouble();
            r.achieved = ro.value(QStringLiteral("achieved")).toDouble();
            r.met = ro.value(QStringLiteral("met")).toBool();
            r.missing = ro.value(QStringLiteral("missing")).toString();
            if (r.id.isEmpty())
                f.problem(
                    QCoreApplication::translate("TeamSummary", "a requirement of %1 has no id")
                        .arg(sp.id));
            sp.requirements << r;
        }
        s.standards << sp;
    }
    for (const QJsonValue& mv : o.value(QStringLiteral("hours_by_month")).toArray()) {
        const QJsonObject mo = mv.toObject();
        Month m;
        m.month = QDate::fromString(mo.value(QStringLiteral("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
        if (!m.month.isValid())
            f.problem(QCoreApplication::translate(
                "TeamSummary", "hours_by_month has a month that is not YYYY-MM"));
        m.participatory = mo.value(QStringLiteral("participatory")).toDouble();
        m.other = mo.value(QStringLiteral("other")).toDouble();
        s.hoursByMonth << m;
    }
    for (const QJsonValue& tv : o.value(QStringLiteral("topics")).toArray()) {
        const QJsonObject to = tv.toObject();
        TopicCount t;
        t.id = to.value(QStringLiteral("id")).toString();
        t.entries = to.value(QStringLiteral("entries")).toInt();
        t.hours = to.value(QStringLiteral("hours")).toDouble();
        const QJsonObject levels = to.value(QStringLiteral("levels")).toObject();
        for (auto it = levels.begin(); it != levels.end(); ++it)
            t.levels.insert(it.key(), it.value().toInt());
        if (t.id.isEmpty())
            f.problem(QCoreApplication::translate("TeamSummary", "a topic has no id"));
        s.topics << t;
    }
    for (const QJsonValue& ev : o.value(QStringLiteral("shared_entries")).toArray()) {
        if (!ev.isObject())
            f.problem(QCoreApplication::translate(
                "TeamSummary", "shared_entries holds something that is not an entry"));
        else
            s.sharedEntries.append(ev);
    }
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    s.totalEntries = totals.value(QStringLiteral("entries")).toInt();
    s.totalHours = rounded(totals.value(QStringLiteral("hours")).toDouble());
    if (!f.problems().isEmpty())
        return fail(f.problems().join(QStringLiteral("; ")));
    return s;
}

Result<TeamSummary> TeamSummary::parse(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("TeamSummary",
                                                "the summary is not valid JSON (%1 at byte %2)")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("TeamSummary", "the summary is not a JSON object"));
    return fromJson(doc.object());
}

} // namespace cpd
