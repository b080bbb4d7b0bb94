#include "standards/Record.h"

#include "standards/JsonFields.h"
#include "standards/RevalidationVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

namespace cpd {
namespace {

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };
template <class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

const QString kPracticeHours = QStringLiteral("practice-hours");
const QString kDiscussion = QStringLiteral("discussion");
const QString kConfirmation = QStringLiteral("confirmation");
const QString kDeclaration = QStringLiteral("declaration");
const QString kPdpReview = QStringLiteral("pdp-review");

bool looksLikeEmail(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(s).hasMatch();
}

bool looksLikePostcode(const QString& s)
{
    // UK postcodes (e.g. "LS1 4AP", "SW1A 1AA"); the space is optional.
    static const QRegularExpression re(QStringLiteral("^[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

bool looksLikeNmcPin(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{2}[A-Z]\\d{4}[A-Z]$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(s).hasMatch();
}

void need(QStringList& problems, const QString& value, const char* key)
{
    if (value.trimmed().isEmpty())
        problems
            << QCoreApplication::translate("Record", "\"%1\" is missing").arg(QLatin1String(key));
}

void needDate(QStringList& problems, const QDate& value, const char* key)
{
    if (!value.isValid())
        problems << QCoreApplication::translate("Record",
                                                "\"%1\" is missing (a date written YYYY-MM-DD)")
                        .arg(QLatin1String(key));
}

void contact(QStringList& problems, const QString& email, const QString& postcode, const char* emailKey,
             const char* postcodeKey)
{
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems << QCoreApplication::translate("Record", "\"%1\" is not an email address: \"%2\"")
                        .arg(QLatin1String(emailKey), email);
    if (!postcode.isEmpty() && !looksLikePostcode(postcode))
        problems << QCoreApplication::translate("Record", "\"%1\" is not a UK postcode: \"%2\"")
                        .arg(QLatin1String(postcodeKey), postcode);
}

} // namespace

QStringList Record::types()
{
    return {kPracticeHours, kDiscussion, kConfirmation, kDeclaration, kPdpReview};
}

QString Record::type() const
{
    return std::visit(Overloaded{
                          [](const PracticeHours&) { return kPracticeHours; },
                          [](const ReflectiveDiscussion&) { return kDiscussion; },
                          [](const Confirmation&) { return kConfirmation; },
                          [](const Declaration&) { return kDeclaration; },
                          [](const PdpReview&) { return kPdpReview; },
                      },
                      data);
}

DateRange Record::span() const
{
    return std::visit(Overloaded{
                          [](const PracticeHours& r) { return DateRange{r.from, r.to}; },
                          [](const auto& r) { return DateRange{r.date, r.date}; },
                      },
                      data);
}

QString Record::describe() const
{
    return std::visit(
        Overloaded{
            [](const PracticeHours& r) {
                return QCoreApplication::translate("Record", "%1 practice hours at %2").arg(QLocale().toString(r.hours, 'g', 6), r.organisation);
            },
            [](const ReflectiveDiscussion& r) {
                return QCoreApplication::translate("Record", "Reflective discussion with %1")
                    .arg(r.partnerName);
            },
            [](const Confirmation& r) {
                return QCoreApplication::translate("Record", "Confirmation by %1")
                    .arg(r.confirmerName);
            },
            [](const Declaration& r) {
                if (r.kind == QLatin1String("indemnity"))
                    return r.provider.isEmpty() ? QCoreApplication::translate("Record", "Indemnity arrangement (%1)").arg(r.arrangement)
                                                : QCoreApplication::translate("Record", "Indemnity arrangement (%1, %2)").arg(r.arrangement, r.provider);
                return QCoreApplication::translate("Record", "Health and character declaration");
            },
            [](const PdpReview& r) {
                return r.goals.isEmpty()
                           ? QCoreApplication::translate("Record", "Review of last year's PDP")
                       : r.goals.size() == 1
                           ? QCoreApplication::translate("Record",
                                                         "Review of last year's PDP (1 goal)")
                           : QCoreApplication::translate("Record",
                                                         "Review of last year's PDP (%Ln goals)",
                                                         nullptr, int(r.goals.size()));
            },
        },
        data);
}

QStringList Record::problems() const
{
    QStringList p;
    std::visit(
        Overloaded{
            [&](const PracticeHours& r) {
                needDate(p, r.from, "from");
                needDate(p, r.to, "to");
                if (r.from.isValid() && r.to.isValid() && r.from > r.to)
                    p << QCoreApplication::translate("Record", "\"from\" (%1) is after \"to\" (%2)")
                             .arg(JsonFields::dateToString(r.from), JsonFields::dateToString(r.to));
                need(p, r.organisation, "organisation");
                need(p, r.workSetting, "work_setting");
                need(p, r.scope, "scope");
                need(p, r.registration, "registration");
                const QStringList settings = Vocabulary::ids(RevalidationVocabulary::workSettings());
                if (!r.workSetting.isEmpty() && !settings.contains(r.workSetting))
                    p << QCoreApplication::translate(
                             "Record",
                             "\"work_setting\" must be one of the NMC's settings (%1), not \"%2\"")
                             .arg(settings.join(QStringLiteral(", ")), r.workSetting);
                const QStringList scopes = Vocabulary::ids(RevalidationVocabulary::scopesOfPractice());
                if (!r.scope.isEmpty() && !scopes.contains(r.scope))
                    p << QCoreApplication::translate("Record",
                                                     "\"scope\" must be one of %1, not \"%2\"")
                             .arg(scopes.join(QStringLiteral(", ")), r.scope);
                const QStringList registrations = Vocabulary::ids(RevalidationVocabulary::nmcRegistrations());
                if (!r.registration.isEmpty() && !registrations.contains(r.registration))
                    p << QCoreApplication::translate(
                             "Record", "\"registration\" must be one of %1, not \"%2\"")
                             .arg(registrations.join(QStringLiteral(", ")), r.registration);
                if (!(r.hours > 0))
                    p << QCoreApplication::translate("Record", "\"hours\" must be more than 0");
                const DateRange days{r.from, r.to};
                if (days.isValid() && r.hours > 24.0 * double(days.days()))
                    p << QCoreApplication::translate(
                             "Record", "\"hours\" (%1) is more than there are hours from %2 to %3")
                             .arg(r.hours)
                             .arg(JsonFields::dateToString(r.from), JsonFields::dateToString(r.to));
            },
            [&](const ReflectiveDiscussion& r) {
                need(p, r.partnerName, "partner_name");
                need(p, r.partnerPin, "partner_pin");
                need(p, r.partnerEmail, "partner_email");
                need(p, r.partnerAddress, "partner_address");
                need(p, r.partnerPostcode, "partner_postcode");
                needDate(p, r.date, "date");
                if (!r.partnerPin.isEmpty() && !looksLikeNmcPin(r.partnerPin))
                    p << QCoreApplication::translate(
                        "Record", "\"partner_pin\" must be an NMC Pin like 12A3456E: the partner "
                                  "must be an NMC registrant");
                contact(p, r.partnerEmail, r.partnerPostcode, "partner_email", "partner_postcode");
            },
            [&](const Confirmation& r) {
                need(p, r.confirmerName, "confirmer_name");
                need(p, r.confirmerId, "confirmer_id");
                need(p, r.confirmerEmail, "confirmer_email");
                need(p, r.confirmerAddress, "confirmer_address");
                need(p, r.confirmerPostcode, "confirmer_postcode");
                needDate(p, r.date, "date");
                contact(p, r.confirmerEmail, r.confirmerPostcode, "confirmer_email", "confirmer_postcode");
            },
            [&](const Declaration& r) {
                need(p, r.kind, "kind");
                needDate(p, r.date, "date");
                const QStringList kinds = Vocabulary::ids(RevalidationVocabulary::declarationKinds());
                if (!r.kind.isEmpty() && !kinds.contains(r.kind))
                    p << QCoreApplication::translate("Record",
                                                     "\"kind\" must be one of %1, not \"%2\"")
                             .arg(kinds.join(QStringLiteral(", ")), r.kind);
                if (r.kind == QLatin1String("indemnity")) {
                    const QStringList arrangements = Vocabulary::ids(RevalidationVocabulary::indemnityArrangements());
                    if (r.arrangement.isEmpty())
                        p << QCoreApplication::translate(
                                 "Record",
                                 "\"arrangement\" is missing: say how you are indemnified (%1)")
                                 .arg(arrangements.join(QStringLiteral(", ")));
                    else if (!arrangements.contains(r.arrangement))
                        p << QCoreApplication::translate(
                                 "Record", "\"arrangement\" must be one of %1, not \"%2\"")
                                 .arg(arrangements.join(QStringLiteral(", ")), r.arrangement);
                    if ((r.arrangement == QLatin1String("professional-body") || r.arrangement == QLatin1String("private"))
                        && r.provider.isEmpty())
                        p << QCoreApplication::translate(
                            "Record", "\"provider\" is missing: name who provides the indemnity");
                } else if (r.kind == QLatin1String("health-and-character") && !r.arrangement.isEmpty()) {
                    p << QCoreApplication::translate("Record",
                                                     "\"arrangement\" belongs to an indemnity "
                                                     "declaration, not to health and character");
                }
            },
            [&](const PdpReview& r) {
                needDate(p, r.date, "date");
                if (r.summary.isEmpty() && r.goals.isEmpty())
                    p << QCoreApplication::translate("Record",
                                                     "\"summary\" is missing: say how last year's "
                                                     "plan went (or list its \"goals\")");
                for (const PdpReview::Goal& g : r.goals) {
                    if (g.goal.isEmpty())
                        p << QCoreApplication::translate("Record",
                                                         "each of \"goals\" needs its \"goal\"");
                }
            },
        },
        data);
    return p;
}

QJsonObject Record::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("type"), type());
    std::visit(Overloaded{
                   [&](const PracticeHours& r) {
                       o.insert(QStringLiteral("from"), JsonFields::dateValue(r.from));
                       o.insert(QStringLiteral("to"), JsonFields::dateValue(r.to));
                       o.insert(QStringLiteral("organisation"), r.organisation);
                       o.insert(QStringLiteral("address"), r.address);
                       o.insert(QStringLiteral("work_setting"), r.workSetting);
                       o.insert(QStringLiteral("scope"), r.scope);
                       o.insert(QStringLiteral("hours"), r.hours);
                       o.insert(QStringLiteral("registration"), r.registration);
                       o.insert(QStringLiteral("description"), r.description);
                   },
                   [&](const ReflectiveDiscussion& r) {
                       o.insert(QStringLiteral("partner_name"), r.partnerName);
                       o.insert(QStringLiteral("partner_pin"), r.partnerPin);
                       o.insert(QStringLiteral("partner_email"), r.partnerEmail);
                       o.insert(QStringLiteral("partner_address"), r.partnerAddress);
                       o.insert(QStringLiteral("partner_postcode"), r.partnerPostcode);
                       o.insert(QStringLiteral("date"), JsonFields::dateValue(r.date));
                       o.insert(QStringLiteral("summary"), r.summary);
                   },
                   [&](const Confirmation& r) {
                       o.insert(QStringLiteral("confirmer_name"), r.confirmerName);
                       o.insert(QStringLiteral("confirmer_id"), r.confirmerId);
                       o.insert(QStringLiteral("confirmer_email"), r.confirmerEmail);
                       o.insert(QStringLiteral("confirmer_address"), r.confirmerAddress);
                       o.insert(QStringLiteral("confirmer_postcode"), r.confirmerPostcode);
                       o.insert(QStringLiteral("date"), JsonFields::dateValue(r.date));
                   },
                   [&](const Declaration& r) {
                       o.insert(QStringLiteral("kind"), r.kind);
                       o.insert(QStringLiteral("date"), JsonFields::dateValue(r.date));
                       o.insert(QStringLiteral("arrangement"), r.arrangement);
                       o.insert(QStringLiteral("provider"), r.provider);
                   },
                   [&](const PdpReview& r) {
                       o.insert(QStringLiteral("date"), JsonFields::dateValue(r.date));
                       o.insert(QStringLiteral("summary"), r.summary);
                       QJsonArray goals;
                       for (const PdpReview::Goal& g : r.goals)
                           goals.append(QJsonObject{{QStringLiteral("goal"), g.goal},
                                                    {QStringLiteral("outcome"), g.outcome}});
                       o.insert(QStringLiteral("goals"), goals);
                   },
               },
               data);
    return o;
}

Result<Record> Record::fromJson(const QString& type, const QJsonObject& object)
{
    if (!types().contains(type))
        return fail(
            QCoreApplication::translate("Record", "unknown record type \"%1\"; use one of %2")
                .arg(type, types().join(QStringLiteral(", "))));
    JsonFields f(object);
    Record r;
    QStringList known{QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("created"), QStringLiteral("updated")};
    const QString declared = f.text(QStringLiteral("type"), false);
    if (!declared.isEmpty() && declared != type)
        f.problem(QCoreApplication::translate("Record",
                                              "the JSON says it is a \"%1\" record, not a \"%2\"")
                      .arg(declared, type));
    r.id = f.text(QStringLiteral("id"), false).toLower();
    if (!r.id.isEmpty() && QUuid::fromString(r.id).isNull())
        f.problem(
            QCoreApplication::translate("Record", "\"id\" must be a UUID, not \"%1\"").arg(r.id));

    if (type == kPracticeHours) {
        PracticeHours d;
        d.from = f.date(QStringLiteral("from"), true);
        d.to = f.date(QStringLiteral("to"), true);
        d.organisation = f.text(QStringLiteral("organisation"), false);
        d.address = f.text(QStringLiteral("address"), false);
        d.workSetting = f.text(QStringLiteral("work_setting"), false);
        d.scope = f.text(QStringLiteral("scope"), false);
        d.hours = f.number(QStringLiteral("hours"), true);
        d.registration = f.text(QStringLiteral("registration"), false);
        d.description = f.text(QStringLiteral("description"), false);
        known << QStringLiteral("from") << QStringLiteral("to") << QStringLiteral("organisation")
              << QStringLiteral("address") << QStringLiteral("work_setting") << QStringLiteral("scope")
              << QStringLiteral("hours") << QStringLiteral("registration") << QStringLiteral("description");
        r.data = d;
    } else if (type == kDiscussion) {
        ReflectiveDiscussion d;
        d.partnerName = f.text(QStringLiteral("partner_name"), false);
        d.partnerPin = f.text(QStringLiteral("partner_pin"), false).toUpper();
        d.partnerEmail = f.text(QStringLiteral("partner_email"), false);
        d.partnerAddress = f.text(QStringLiteral("partner_address"), false);
        d.partnerPostcode = f.text(QStringLiteral("partner_postcode"), false).toUpper();
        d.date = f.date(QStringLiteral("date"), true);
        d.summary = f.text(QStringLiteral("summary"), false);
        known << QStringLiteral("partner_name") << QStringLiteral("partner_pin") << QStringLiteral("partner_email")
              << QStringLiteral("partner_address") << QStringLiteral("partner_postcode") << QStringLiteral("date")
              << QStringLiteral("summary");
        r.data = d;
    } else if (type == kConfirmation) {
        Confirmation d;
        d.confirmerName = f.text(QStringLiteral("confirmer_name"), false);
        d.confirmerId = f.text(QStringLiteral("confirmer_id"), false);
        d.confirmerEmail = f.text(QStringLiteral("confirmer_email"), false);
        d.confirmerAddress = f.text(QStringLiteral("confirmer_address"), false);
        d.confirmerPostcode = f.text(QStringLiteral("confirmer_postcode"), false).toUpper();
        d.date = f.date(QStringLiteral("date"), true);
        known << QStringLiteral("confirmer_name") << QStringLiteral("confirmer_id") << QStringLiteral("confirmer_email")
              << QStringLiteral("confirmer_address") << QStringLiteral("confirmer_postcode") << QStringLiteral("date");
        r.data = d;
    } else if (type == kDeclaration) {
        Declaration d;
        d.kind = f.text(QStringLiteral("kind"), false);
        d.date = f.date(QStringLiteral("date"), true);
        d.arrangement = f.text(QStringLiteral("arrangement"), false);
        d.provider = f.text(QStringLiteral("provider"), false);
        known << QStringLiteral("kind") << QStringLiteral("date") << QStringLiteral("arrangement") << QStringLiteral("provider");
        r.data = d;
    } else {
        PdpReview d;
        d.date = f.date(QStringLiteral("date"), true);
        d.summary = f.text(QStringLiteral("summary"), false);
        const QJsonValue goals = object.value(QStringLiteral("goals"));
        if (!goals.isUndefined() && !goals.isNull() && !goals.isArray()) {
            f.problem(QCoreApplication::translate(
                "Record", "\"goals\" must be a list of {\"goal\", \"outcome\"}"));
        } else {
            const QJsonArray array = goals.toArray();
            for (const QJsonValue& g : array) {
                if (!g.isObject()) {
                    f.problem(QCoreApplication::translate(
                        "Record", "\"goals\" must be a list of {\"goal\", \"outcome\"}"));
                    break;
                }
                d.goals.append({g.toObject().value(QStringLiteral("goal")).toString().trimmed(),
                                g.toObject().value(QStringLiteral("outcome")).toString().trimmed()});
            }
        }
        known << QStringLiteral("date") << QStringLiteral("summary") << QStringLiteral("goals");
        r.data = d;
    }
    r.extra = f.unknown(known);
    QStringList problems = f.problems();
    // Field checks on what was read, skipping the "missing" ones already reported while reading.
    const QStringList more = r.problems();
    for (const QString& p : more) {
        const bool duplicate = std::any_of(problems.cbegin(), problems.cend(), [&](const QString& q) {
            return q.section(QLatin1Char('"'), 1, 1) == p.section(QLatin1Char('"'), 1, 1);
        });
        if (!duplicate)
            problems << p;
    }
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char('\n')));
    return r;
}

Result<Record> Record::parseDocument(const QString& type, const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Record",
                                                "the record is not valid JSON: %1 at character %2")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Record", "the record must be one JSON object"));
    return fromJson(type, doc.object());
}

} // namespace cpd
