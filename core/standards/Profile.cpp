#include "standards/Profile.h"

#include "standards/JsonFields.h"
#include "standards/RevalidationVocabulary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace cpd {

QStringList Profile::knownKeys()
{
    return {QStringLiteral("name"), QStringLiteral("professions"), QStringLiteral("nmc_pin"),
            QStringLiteral("gmc_number"), QStringLiteral("registration_expiry"),
            QStringLiteral("next_appraisal_date"), QStringLiteral("revalidation_date"),
            QStringLiteral("employer"), QStringLiteral("gp_credits_target")};
}

QStringList Profile::nmcRegistrations() const
{
    QStringList out;
    const QStringList nmc = Vocabulary::ids(RevalidationVocabulary::nmcRegistrations());
    for (const QString& id : nmc) {
        if (professions.contains(id))
            out << id;
    }
    return out;
}

bool Profile::isDoctor() const
{
    return professions.contains(QStringLiteral("gp")) || professions.contains(QStringLiteral("doctor"));
}

QJsonObject Profile::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("professions"), QJsonArray::fromStringList(professions));
    o.insert(QStringLiteral("nmc_pin"), nmcPin);
    o.insert(QStringLiteral("gmc_number"), gmcNumber);
    o.insert(QStringLiteral("registration_expiry"), JsonFields::dateValue(registrationExpiry));
    o.insert(QStringLiteral("next_appraisal_date"), JsonFields::dateValue(nextAppraisalDate));
    o.insert(QStringLiteral("revalidation_date"), JsonFields::dateValue(revalidationDate));
    o.insert(QStringLiteral("employer"), employer);
    o.insert(QStringLiteral("gp_credits_target"), gpCreditsTarget);
    return o;
}

Result<Profile> Profile::fromJson(const QJsonObject& object)
{
    JsonFields f(object);
    Profile p;
    p.name = f.text(QStringLiteral("name"), true);
    p.professions = f.textList(QStringLiteral("professions"), true);
    const QStringList allowed = Vocabulary::ids(RevalidationVocabulary::professions());
    for (const QString& id : std::as_const(p.professions))
        f.oneOf(QStringLiteral("professions"), id, allowed);
    p.professions.removeDuplicates();
    p.nmcPin = f.text(QStringLiteral("nmc_pin"), false).toUpper();
    p.gmcNumber = f.text(QStringLiteral("gmc_number"), false);
    // The deadlines each standard counts from are required by the professions that need them.
    p.registrationExpiry = f.date(QStringLiteral("registration_expiry"), p.isNmcRegistrant());
    p.nextAppraisalDate = f.date(QStringLiteral("next_appraisal_date"), p.isDoctor());
    p.revalidationDate = f.date(QStringLiteral("revalidation_date"), false);
    p.employer = f.text(QStringLiteral("employer"), false);
    p.gpCreditsTarget = f.number(QStringLiteral("gp_credits_target"), false, kDefaultGpCredits);
    p.extra = f.unknown(knownKeys());

    // An NMC Pin is two digits, a letter, four digits and a letter (e.g. 12A3456E).
    static const QRegularExpression pin(QStringLiteral("^\\d{2}[A-Z]\\d{4}[A-Z]$"));
    if (!p.nmcPin.isEmpty() && !pin.match(p.nmcPin).hasMatch())
        f.problem(QCoreApplication::translate(
            "Profile",
            "\"nmc_pin\" must look like 12A3456E (two digits, a letter, four digits, a letter)"));
    static const QRegularExpression gmc(QStringLiteral("^\\d{7}$"));
    if (!p.gmcNumber.isEmpty() && !gmc.match(p.gmcNumber).hasMatch())
        f.problem(QCoreApplication::translate(
            "Profile", "\"gmc_number\" must be the seven digits of the GMC reference number"));
    if (p.gpCreditsTarget <= 0 || p.gpCreditsTarget > 1000)
        f.problem(QCoreApplication::translate(
            "Profile", "\"gp_credits_target\" must be a number of credits from 1 to 1000"));

    if (!f.problems().isEmpty())
        return fail(f.problems().join(QLatin1Char('\n')));
    return p;
}

Result<Profile> Profile::parseDocument(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("Profile",
                                                "the profile is not valid JSON: %1 at character %2")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("Profile", "the profile must be one JSON object"));
    return fromJson(doc.object());
}

} // namespace cpd
