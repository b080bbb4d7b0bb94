#pragma once

// Small builders for revalidation tests: facts, records and profiles in a line each.
#include "standards/EntryFacts.h"
#include "standards/Profile.h"
#include "standards/Record.h"

#include <QUuid>

namespace cpd::test {

inline QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline QStringList strings(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromLatin1(s);
    return out;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline EntryFacts learning(const char* from, double hours, double participatory = 0, const char* to = nullptr)
{
    EntryFacts f;
    f.ids = {newId()};
    f.span = {d(from), to ? d(to) : d(from)};
    f.activity = QStringLiteral("course");
    f.hours = hours;
    f.participatoryHours = participatory;
    f.credits = hours;
    return f;
}

inline EntryFacts item(const char* date, const char* activity, const char* source = "", const char* to = nullptr)
{
    EntryFacts f = learning(date, 0, 0, to);
    f.activity = QString::fromLatin1(activity);
    f.feedbackSource = QString::fromLatin1(source);
    return f;
}

inline EntryFacts account(const char* date, bool complete = true)
{
    EntryFacts f = learning(date, 1);
    f.nmcTemplate = true;
    f.completeReflectiveAccount = complete;
    return f;
}

inline Record record(Record::Data data)
{
    Record r;
    r.id = newId();
    r.data = std::move(data);
    return r;
}

inline Record practiceHours(const char* from, const char* to, double hours, const char* registration = "nurse")
{
    PracticeHours p;
    p.from = d(from);
    p.to = d(to);
    p.organisation = QStringLiteral("Leeds Teaching Hospitals");
    p.workSetting = QStringLiteral("hospital");
    p.scope = QStringLiteral("direct-patient-care");
    p.hours = hours;
    p.registration = QString::fromLatin1(registration);
    return record(p);
}

inline Record discussion(const char* date)
{
    ReflectiveDiscussion r;
    r.partnerName = QStringLiteral("Alex Jones");
    r.partnerPin = QStringLiteral("98A7654B");
    r.partnerEmail = QStringLiteral("alex.jones@example.org");
    r.partnerAddress = QStringLiteral("1 Park Row, Leeds");
    r.partnerPostcode = QStringLiteral("LS1 5HD");
    r.date = d(date);
    return record(r);
}

inline Record confirmation(const char* date)
{
    Confirmation r;
    r.confirmerName = QStringLiteral("Pat Singh");
    r.confirmerId = QStringLiteral("87B6543C");
    r.confirmerEmail = QStringLiteral("pat.singh@example.org");
    r.confirmerAddress = QStringLiteral("2 Park Row, Leeds");
    r.confirmerPostcode = QStringLiteral("LS1 5HD");
    r.date = d(date);
    return record(r);
}

inline Record declaration(const char* kind, const char* date)
{
    Declaration r;
    r.kind = QString::fromLatin1(kind);
    r.date = d(date);
    if (r.kind == QLatin1String("indemnity"))
        r.arrangement = QStringLiteral("employer");
    return record(r);
}

inline Record pdpReview(const char* date)
{
    PdpReview r;
    r.date = d(date);
    r.summary = QStringLiteral("Two of three goals met; the third carried forward.");
    return record(r);
}

inline Profile nurse(const char* expiry, QStringList professions = {QStringLiteral("nurse")})
{
    Profile p;
    p.name = QStringLiteral("Sam Carter");
    p.professions = std::move(professions);
    p.nmcPin = QStringLiteral("12A3456E");
    p.registrationExpiry = d(expiry);
    return p;
}

inline Profile gp(const char* nextAppraisal, const char* revalidation = nullptr)
{
    Profile p;
    p.name = QStringLiteral("Dr Robin Patel");
    p.professions = {QStringLiteral("gp")};
    p.gmcNumber = QStringLiteral("7654321");
    p.nextAppraisalDate = d(nextAppraisal);
    if (revalidation)
        p.revalidationDate = d(revalidation);
    return p;
}

} // namespace cpd::test
